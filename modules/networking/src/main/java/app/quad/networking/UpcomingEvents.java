package app.quad.networking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Upcoming events a member could meet someone at, such as a career fair, offered as the place of a
 * coffee chat. The jobs module will implement it once it lists events; until then there is none
 * and the proposal page offers free text only.
 */
public interface UpcomingEvents {

    /** Events the member may attend that have not ended, soonest first, at most {@code max}. */
    List<Event> forMember(long memberId, int max);

    /** The event, if it exists, has not ended and the member may attend it. */
    Optional<Event> find(long memberId, long eventId);

    /** @param place where it is, e.g. "Student Union, Hall B" */
    record Event(long id, String title, String place, Instant startsAt, Instant endsAt) {
    }
}
