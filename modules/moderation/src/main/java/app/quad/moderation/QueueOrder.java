package app.quad.moderation;

/** How the review queue is sorted. */
public enum QueueOrder {
    NEWEST("Newest report first"),
    MOST_REPORTED("Most reported first");

    private final String label;

    QueueOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
