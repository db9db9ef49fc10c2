package app.quad.networking;

/** A member blocked another: no requests, messages or profiles either way. Fired in the transaction that made the change. */
public record MemberBlocked(long blockerId, long blockedId) {
}
