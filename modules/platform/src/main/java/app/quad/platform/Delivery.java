package app.quad.platform;

/** How a person gets one kind of notice; each person chooses per kind (see {@link NotificationKind}). */
public enum Delivery {
    /** In the notification centre only. */
    IN_APP("In Quad only"),
    /** In the notification centre, and an e-mail straight away. */
    EMAIL("In Quad and by e-mail at once"),
    /** In the notification centre, and one e-mail a day listing what came in. */
    DAILY_DIGEST("In Quad and in a daily e-mail"),
    /** In the notification centre, and one e-mail a week listing what came in. */
    WEEKLY_DIGEST("In Quad and in a weekly e-mail"),
    /** Not at all: the notice is not even kept. */
    OFF("Off");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean digest() {
        return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
    }
}
