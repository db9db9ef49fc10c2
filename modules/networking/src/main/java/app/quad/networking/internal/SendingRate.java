package app.quad.networking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How fast one member may send messages: at most so many in any minute and so many in any hour,
 * which a person typing never reaches and a script does at once.
 */
final class SendingRate {

    /** At most {@code max} messages in any {@code window}. */
    record Limit(int max, Duration window) {
    }

    private SendingRate() {
    }

    /**
     * @param recent when the member's recent messages were sent, newest first, going back at least
     *               the longest window and holding at least the largest maximum of them if there are so many
     * @return when the next message may be sent, or empty when it may be sent now
     */
    static Optional<Instant> nextAllowed(List<Instant> recent, Instant now, List<Limit> limits) {
        Instant next = null;
        for (Limit limit : limits) {
            Instant since = now.minus(limit.window());
            long inWindow = recent.stream().filter(sent -> sent.isAfter(since)).count();
            if (inWindow >= limit.max()) {
                // Once the max-th newest leaves the window, one more fits.
                Instant free = recent.get(limit.max() - 1).plus(limit.window());
                next = next == null || free.isAfter(next) ? free : next;
            }
        }
        return Optional.ofNullable(next);
    }

    /** "in 40 seconds", "in 12 minutes": rounded up, so that trying then works. */
    static String wait(Instant now, Instant next) {
        long seconds = Math.max(1, (Duration.between(now, next).toMillis() + 999) / 1000);
        if (seconds < 120) {
            return "in " + seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return "in " + minutes + " minutes";
    }
}
