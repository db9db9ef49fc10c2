package app.quad.jobs;

import java.time.Instant;

/**
 * One person's RSVP to an event, as they see it.
 *
 * @param code              the check-in code, to be shown (or scanned) at the door
 * @param showToConnections whether their connections see them among "who from my network is going"
 * @param position          their place on the waiting list (1 = next), 0 when confirmed
 */
public record Rsvp(long id, long eventId, long accountId, RsvpStatus status, String code, boolean showToConnections,
                   Instant requestedAt, Instant checkedInAt, int position) {
}
