package app.quad.jobs;

/** A person going to an event, named as the viewer may see them. */
public record EventAttendee(long accountId, String displayName) {
}
