package app.quad.identity;

/** An administrator changed the account's roles; the person signs in again to use them. */
public record RolesChanged(long accountId) {
}
