package app.quad.identity;

/** Whether the career center has checked an employer organisation. */
public enum OrganisationStatus {
    /** Registered, waiting for staff; its people cannot post or message students yet. */
    PENDING,
    VERIFIED,
    REJECTED
}
