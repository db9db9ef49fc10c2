package app.quad.networking;

/** Two connected members both said they met at a coffee chat; their connection now shows it. {@code a} proposed the chat. Fired in the transaction that made the change. */
public record MetInPerson(long connectionId, long a, long b) {
}
