package app.quad.jobs;

import java.time.Instant;

/**
 * An event as its viewer may see it.
 *
 * @param hostName    who hosts it, as people see it: the group, the organisation or the career center
 * @param description sanitised rich text, safe to render as HTML
 * @param hidden      kept out of sight by moderation (only its host and staff still see it)
 */
public record EventSummary(long id, String title, EventKind kind, boolean online, String place, String link,
                           Instant startsAt, Instant endsAt, String zone, int capacity, Instant registrationDeadline,
                           String description, Long hostId, Long hostGroupId, String hostName,
                           long confirmed, long waitlisted, boolean hidden) {

    public long seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }

    /** Where it is: the place, or the link for an online event. */
    public String where() {
        return online ? link : place;
    }
}
