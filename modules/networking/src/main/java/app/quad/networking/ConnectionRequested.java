package app.quad.networking;

/** A member asked another to connect. Fired in the transaction that made the change. */
public record ConnectionRequested(long requestId, long requesterId, long recipientId) {
}
