package app.quad.moderation;

/** Where a case is: waiting for a moderator, or decided. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
