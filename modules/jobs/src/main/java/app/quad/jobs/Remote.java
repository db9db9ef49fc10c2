package app.quad.jobs;

/** Where the work happens. */
public enum Remote {
    ONSITE("On site"),
    HYBRID("Hybrid"),
    REMOTE("Remote");

    private final String label;

    Remote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
