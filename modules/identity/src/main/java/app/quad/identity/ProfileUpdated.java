package app.quad.identity;

/** The owner changed their profile. */
public record ProfileUpdated(long accountId) {
}
