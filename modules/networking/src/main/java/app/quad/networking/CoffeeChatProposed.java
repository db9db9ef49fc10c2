package app.quad.networking;

/** A member proposed a coffee chat to a connection. Fired in the transaction that made the change. */
public record CoffeeChatProposed(long chatId, long proposerId, long inviteeId) {
}
