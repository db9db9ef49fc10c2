package app.quad.networking;

/** Two members are now connected; {@code a} asked, {@code b} accepted. Fired in the transaction that made the change. */
public record ConnectionAccepted(long connectionId, long a, long b) {
}
