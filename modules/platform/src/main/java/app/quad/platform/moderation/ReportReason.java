package app.quad.platform.moderation;

/** Why a member reports something, as they choose it from a list. */
public enum ReportReason {
    SPAM("Spam"),
    HARASSMENT("Harassment or bullying"),
    SCAM("Scam or fraud"),
    FAKE_PROFILE("Fake profile or impersonation"),
    INAPPROPRIATE("Inappropriate content"),
    OTHER("Something else");

    private final String label;

    ReportReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
