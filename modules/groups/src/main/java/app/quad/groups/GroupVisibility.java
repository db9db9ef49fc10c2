package app.quad.groups;

/** Who sees a group and how one joins it. */
public enum GroupVisibility {
    /** Anyone on campus sees it, its members and posts, and may join at once. */
    OPEN("Open: anyone on campus can join"),
    /** Anyone sees that it exists; joining is by request, which a manager approves; only members see inside. */
    CLOSED("Closed: join by request"),
    /** Only members (and people invited) know it exists; joining is by invitation. */
    SECRET("Secret: by invitation only");

    private final String label;

    GroupVisibility(String label) {
        this.label = label;
    }

    /** How pages name it. */
    public String label() {
        return label;
    }
}
