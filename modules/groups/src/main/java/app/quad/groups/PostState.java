package app.quad.groups;

/** Where a thread or reply stands; only PUBLISHED ones are shown in the group. */
public enum PostState {
    /** Shown to everyone who sees inside the group. */
    PUBLISHED,
    /** A member's first thread in a group that approves first posts: it waits for a manager. */
    PENDING,
    /** Screening held it for a moderator; only its author sees it. */
    HELD,
    /** Reported and kept out of sight pending the moderators' review. */
    HIDDEN
}
