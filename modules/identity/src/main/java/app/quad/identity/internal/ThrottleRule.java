package app.quad.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When repeated failures for one e-mail address block further attempts: ten failures within
 * fifteen minutes block it for five minutes, and each further block in a row doubles that, up
 * to an hour. The cap keeps an attacker from locking a real person out for days.
 */
final class ThrottleRule {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_BLOCK = Duration.ofMinutes(5);
    static final Duration LONGEST_BLOCK = Duration.ofHours(1);
    /** A day without failures forgets earlier blocks. */
    static final Duration MEMORY = Duration.ofDays(1);

    /** The failures counted for one address; {@code blockedUntil} is null when not blocked. */
    record State(Instant windowStart, int failures, int lockouts, Instant blockedUntil) {

        static State fresh(Instant now) {
            return new State(now, 0, 0, null);
        }
    }

    private ThrottleRule() {
    }

    static boolean blocked(State state, Instant now) {
        return state.blockedUntil() != null && now.isBefore(state.blockedUntil());
    }

    static State afterFailure(State state, Instant now) {
        int lockouts = now.isAfter(state.windowStart().plus(MEMORY)) ? 0 : state.lockouts();
        boolean windowOver = now.isAfter(state.windowStart().plus(WINDOW));
        Instant windowStart = windowOver ? now : state.windowStart();
        int failures = windowOver ? 1 : state.failures() + 1;
        if (failures < MAX_FAILURES) {
            return new State(windowStart, failures, lockouts, state.blockedUntil());
        }
        return new State(now, 0, lockouts + 1, now.plus(blockLength(lockouts + 1)));
    }

    /** The length of the n-th block in a row (n starts at 1). */
    static Duration blockLength(int n) {
        Duration length = FIRST_BLOCK;
        for (int i = 1; i < n && length.compareTo(LONGEST_BLOCK) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : length;
    }
}
