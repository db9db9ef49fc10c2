package app.quad.jobs;

/** A person RSVP'd when every seat was taken and waits for one. */
public record RsvpWaitlisted(long rsvpId, long eventId, long accountId) {
}
