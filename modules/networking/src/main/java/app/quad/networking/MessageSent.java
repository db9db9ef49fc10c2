package app.quad.networking;

/** A member sent a message. Fired in the transaction that stored it. */
public record MessageSent(long messageId, long conversationId, long senderId, long recipientId) {
}
