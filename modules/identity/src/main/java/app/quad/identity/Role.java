package app.quad.identity;

/** What a person may do in Quad; one person may hold several roles. */
public enum Role {
    STUDENT,
    ALUMNI,
    /** A person of an employer organisation. */
    EMPLOYER,
    /** Career center staff. */
    STAFF,
    MODERATOR,
    ADMIN
}
