package app.quad.networking;

/**
 * A member reported a message they received, for the moderators. Fired once per reporter and
 * message, in the transaction that recorded the report.
 */
public record MessageReported(long messageId, long reporterId, long senderId) {
}
