package app.quad.jobs;

/** What sort of event it is; career fairs also list the organisations attending and their booths. */
public enum EventKind {
    CAREER_FAIR("Career fair"),
    INFO_SESSION("Information session"),
    WORKSHOP("Workshop"),
    MEETUP("Meetup");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
