package app.quad.networking;

/** How one member stands to another, from the first one's side. */
public enum Relationship {
    NONE,
    /** This member asked; no answer they can see yet. */
    REQUEST_SENT,
    /** The other asked this member, who has not answered. */
    REQUEST_RECEIVED,
    CONNECTED,
    /** This member blocked the other. */
    BLOCKED,
    /** The other blocked this member; shown to them as if there were no such person. */
    BLOCKED_BY_OTHER
}
