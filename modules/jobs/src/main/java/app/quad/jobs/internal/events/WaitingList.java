package app.quad.jobs.internal.events;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Who gets a freed seat: whoever RSVP'd first, ties broken by the row id (the order of the inserts). */
final class WaitingList {

    record Waiting(long rsvpId, Instant requestedAt) {
    }

    static final Comparator<Waiting> ORDER = Comparator.comparing(Waiting::requestedAt).thenComparingLong(Waiting::rsvpId);

    private WaitingList() {
    }

    static Optional<Waiting> next(List<Waiting> waiting) {
        return waiting.stream().min(ORDER);
    }

    /** The person's place in the queue, 1 for next, or 0 when they are not in it. */
    static int position(List<Waiting> waiting, long rsvpId) {
        List<Waiting> sorted = waiting.stream().sorted(ORDER).toList();
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).rsvpId() == rsvpId) {
                return i + 1;
            }
        }
        return 0;
    }
}
