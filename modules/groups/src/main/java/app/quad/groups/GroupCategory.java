package app.quad.groups;

/** What a group is about, for the directory's filter. */
public enum GroupCategory {
    MAJOR("Majors and programmes"),
    CLUB("Clubs and societies"),
    INDUSTRY("Industries and careers"),
    COHORT("Cohorts and class years"),
    INTEREST("Interests");

    private final String label;

    GroupCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
