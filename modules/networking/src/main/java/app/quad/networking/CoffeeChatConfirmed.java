package app.quad.networking;

/** The invitee picked one of the proposed times; both were sent an invitation. Fired in the transaction that made the change. */
public record CoffeeChatConfirmed(long chatId, long proposerId, long inviteeId) {
}
