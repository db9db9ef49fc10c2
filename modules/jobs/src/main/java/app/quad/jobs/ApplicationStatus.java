package app.quad.jobs;

/**
 * An application's place in the pipeline: SUBMITTED → REVIEWED → INTERVIEW → OFFER → HIRED, or
 * DECLINED by the employer; WITHDRAWN by the student. HIRED, DECLINED and WITHDRAWN are final.
 */
public enum ApplicationStatus {
    SUBMITTED("Submitted"),
    REVIEWED("Reviewed"),
    INTERVIEW("Interview"),
    OFFER("Offer"),
    HIRED("Hired"),
    DECLINED("Declined"),
    WITHDRAWN("Withdrawn");

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinal() {
        return this == HIRED || this == DECLINED || this == WITHDRAWN;
    }
}
