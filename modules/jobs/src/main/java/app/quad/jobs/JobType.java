package app.quad.jobs;

/** What kind of work a posting offers. */
public enum JobType {
    INTERNSHIP("Internship"),
    FULL_TIME("Full-time"),
    PART_TIME("Part-time"),
    ON_CAMPUS("On-campus job"),
    CO_OP("Co-op");

    private final String label;

    JobType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
