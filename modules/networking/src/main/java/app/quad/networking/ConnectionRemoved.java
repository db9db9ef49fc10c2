package app.quad.networking;

/** A connection ended; {@code a} ended it (or blocked {@code b}). Fired in the transaction that made the change. */
public record ConnectionRemoved(long connectionId, long a, long b) {
}
