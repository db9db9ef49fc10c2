package app.quad.networking;

/** The invitee declined a coffee chat; the proposer is told without a reason. Fired in the transaction that made the change. */
public record CoffeeChatDeclined(long chatId, long proposerId, long inviteeId) {
}
