package app.quad.networking;

import java.time.Instant;
import java.util.Optional;

/**
 * "Snooze networking": a member pauses new connection requests and message requests for a while,
 * against networking fatigue. Whoever tries meanwhile is refused with the member's note.
 */
public interface Snooze {

    /**
     * @param until when requests are welcome again; at most {@link #MAX_DAYS} days ahead
     * @param note  an optional auto-reply, at most 300 characters
     * @throws app.quad.platform.Rejection field {@code until} for a time in the past or too far ahead,
     *                                     field {@code note} for a note too long
     */
    void snooze(long memberId, Instant until, String note);

    void wake(long memberId);

    /** The member's snooze while it lasts. */
    Optional<Snoozed> of(long memberId);

    int MAX_DAYS = 90;

    record Snoozed(Instant until, String note) {
    }
}
