package app.quad.jobs;

import java.time.LocalDateTime;

/**
 * What a host enters to create an event. Times are wall-clock times in {@code zone} (an IANA name,
 * such as America/New_York); Quad stores them as UTC.
 *
 * @param online               true for an online event (a link), false for one in person (a place)
 * @param capacity             seats; further RSVPs go to the waiting list
 * @param registrationDeadline the last moment to RSVP, or null for "until the start"
 * @param description          rich text; sanitised before it is stored
 * @param hostGroupId          the group hosting the event, or null for the host themselves (or their organisation)
 */
public record NewEvent(String title, EventKind kind, boolean online, String place, String link,
                       LocalDateTime start, LocalDateTime end, String zone, Integer capacity,
                       LocalDateTime registrationDeadline, String description, Long hostGroupId) {
}
