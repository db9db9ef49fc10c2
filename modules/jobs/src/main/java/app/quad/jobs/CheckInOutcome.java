package app.quad.jobs;

/** A successful check-in: whom the code admitted to which event. */
public record CheckInOutcome(long eventId, long accountId, String displayName, String eventTitle) {
}
