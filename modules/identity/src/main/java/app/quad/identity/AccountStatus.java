package app.quad.identity;

/** Where an account is in its life. Only {@link #ACTIVE} accounts may sign in and act. */
public enum AccountStatus {
    /** Signed up; the e-mail address is not confirmed yet. */
    UNVERIFIED,
    /** Created by staff (bulk import); the person has not accepted the invitation yet. */
    INVITED,
    ACTIVE,
    /** Stopped by an administrator; all sessions ended. */
    SUSPENDED
}
