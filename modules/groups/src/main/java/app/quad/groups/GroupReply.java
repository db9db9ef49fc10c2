package app.quad.groups;

import java.time.Instant;

/** A reply in a thread; the body is plain text, to be shown escaped. */
public record GroupReply(long id, long postId, long authorId, String authorName, String body, PostState state, Instant at) {
}
