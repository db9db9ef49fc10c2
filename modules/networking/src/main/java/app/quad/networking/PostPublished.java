package app.quad.networking;

/** A member published a post. Fired in the transaction that made the change. */
public record PostPublished(long postId, long authorId) {
}
