package app.quad.groups;

import app.quad.networking.Reaction;

import java.time.Instant;
import java.util.Map;

/**
 * A discussion thread as one viewer sees it. Title and body are plain text, to be shown escaped.
 *
 * @param reactions  how many of each reaction it has
 * @param myReaction the viewer's own reaction, or null
 */
public record GroupPost(long id, long groupId, String groupName, String groupSlug, long authorId, String authorName,
                        String title, String body, PostState state, boolean pinned, boolean locked, int replies,
                        Instant at, Instant lastActivityAt, Map<Reaction, Integer> reactions, Reaction myReaction) {

    public GroupPost {
        reactions = Map.copyOf(reactions);
    }
}
