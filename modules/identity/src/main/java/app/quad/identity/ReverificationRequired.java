package app.quad.identity;

/** A moderator required the person to confirm their e-mail address again; their sessions have ended. */
public record ReverificationRequired(long accountId) {
}
