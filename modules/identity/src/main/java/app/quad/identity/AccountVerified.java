package app.quad.identity;

/** The account's owner confirmed their e-mail address; the account is active from now on. */
public record AccountVerified(long accountId) {
}
