package app.quad.networking;

import java.time.Instant;
import java.util.Map;

/**
 * A post as one viewer sees it.
 *
 * @param reactions how many of each reaction it has
 * @param myReaction the viewer's own reaction, or null
 * @param imageUploadId the post's image, served at /files/{id}/display to those who may see the post; or null
 * @param imageDescription the author's description of the image
 */
public record Post(long id, long authorId, String authorName, String text, PostAudience audience, Instant at,
                   Map<Reaction, Integer> reactions, Reaction myReaction, int comments, Long imageUploadId,
                   String imageDescription) implements FeedItem {

    public Post {
        reactions = Map.copyOf(reactions);
    }
}
