package app.quad.groups;

/** Who sees a group and how one joins it. */
public enum GroupVisibility {
    /** Anyone on campus sees it, its members and posts, and may join at once. */
    OPEN,
    /** Anyone sees that it exists; joining is by request, which a manager approves; only members see inside. */
    CLOSED,
    /** Only members (and people invited) know it exists; joining is by invitation. */
    SECRET
}
