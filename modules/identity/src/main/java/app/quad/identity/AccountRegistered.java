package app.quad.identity;

/** An account was opened. Observers run in the registering transaction. */
public record AccountRegistered(long accountId) {
}
