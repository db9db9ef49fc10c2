package app.quad.networking;

/** A member reported a post to the moderators. Fired in the transaction that made the change. */
public record PostReported(long postId, long reporterId, long authorId) {
}
