package app.quad.jobs;

/** A person was checked in at the door by a member of staff or the host. */
public record CheckedIn(long rsvpId, long eventId, long accountId, long checkedInBy) {
}
