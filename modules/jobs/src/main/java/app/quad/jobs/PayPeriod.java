package app.quad.jobs;

/** What a pay range is per; UNPAID is an explicit choice, for internships only, and shown to students. */
public enum PayPeriod {
    HOUR("per hour"),
    MONTH("per month"),
    YEAR("per year"),
    UNPAID("unpaid");

    private final String label;

    PayPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
