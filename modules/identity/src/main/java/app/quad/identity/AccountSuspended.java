package app.quad.identity;

/** An administrator suspended the account; its sessions have ended. */
public record AccountSuspended(long accountId) {
}
