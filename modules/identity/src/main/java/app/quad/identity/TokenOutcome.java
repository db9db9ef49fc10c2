package app.quad.identity;

/** What happened when someone followed a link from a Quad e-mail. */
public enum TokenOutcome {
    ACCEPTED,
    /** No such link, or it was for something else. */
    UNKNOWN,
    EXPIRED,
    /** The link worked once already; links are single-use. */
    USED
}
