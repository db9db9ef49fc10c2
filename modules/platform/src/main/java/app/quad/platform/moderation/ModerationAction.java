package app.quad.platform.moderation;

/** What moderation decided about a reported item or its author. */
public enum ModerationAction {
    /** Reports rejected; anything hidden pending review is shown again. */
    DISMISS,
    /** Kept out of sight pending review, because enough distinct members reported it or a rule held it. */
    HIDE,
    /** Removed for good; the owner keeps the row only as far as its own rules need. */
    REMOVE,
    /** The author was warned; the item stays as it was. */
    WARN,
    /** The author's account was suspended for a period. */
    SUSPEND,
    /** The author's account was suspended without end. */
    BAN,
    /** The author must verify their identity again before continuing. */
    REQUIRE_REVERIFICATION
}
