package app.quad.jobs;

/** A person has a seat: at once, or promoted from the waiting list. Fired in the same transaction. */
public record RsvpConfirmed(long rsvpId, long eventId, long accountId, boolean promoted) {
}
