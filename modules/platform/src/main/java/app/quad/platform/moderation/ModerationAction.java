package app.quad.platform.moderation;

/** What moderation decided about a reported item or its author. */
public enum ModerationAction {
    /** Reports rejected; anything hidden pending review is shown again. A removal stays: only RESTORE undoes it. */
    DISMISS,
    /** Kept out of sight pending review, because enough distinct members reported it or a rule held it. */
    HIDE,
    /** Removed: out of sight for everyone, its author included; the owner keeps what a granted appeal (RESTORE) needs to undo it. */
    REMOVE,
    /**
     * The author's appeal against a removal was granted: the owner undoes the removal as far as it can
     * and shows the item. Only moderation's answer to an appeal sends it, for the case that removed it.
     */
    RESTORE,
    /** The author was warned; the item stays as it was. */
    WARN,
    /** The author's account was suspended for a period. */
    SUSPEND,
    /** The author's account was suspended without end. */
    BAN,
    /** The author must verify their identity again before continuing. */
    REQUIRE_REVERIFICATION
}
