package app.quad.networking;

/** A proposal was withdrawn or an agreed chat cancelled, by {@code cancelledBy}. Fired in the transaction that made the change. */
public record CoffeeChatCancelled(long chatId, long cancelledBy, long otherId) {
}
