package app.quad.identity;

/** An administrator lifted the account's suspension. */
public record AccountReactivated(long accountId) {
}
