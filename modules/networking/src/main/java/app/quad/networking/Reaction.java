package app.quad.networking;

/** The few reactions a post can get: enough to say something, too few for a popularity contest. */
public enum Reaction {
    LIKE("Like"),
    CELEBRATE("Celebrate"),
    INSIGHTFUL("Insightful"),
    SUPPORT("Support");

    private final String label;

    Reaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
