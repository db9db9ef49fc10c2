package app.quad.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed outbox message again: the delay doubles after each failed attempt, up to
 * {@code maxDelay}; after {@code maxAttempts} failed attempts the message is given up on.
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    RetryPolicy {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid retry policy: " + firstDelay + ", " + maxDelay + ", " + maxAttempts);
        }
    }

    /** @param failedAttempts how many attempts have failed so far, including the latest */
    Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // Shifting past 30 would overflow; by then the cap applies anyway.
        long factor = 1L << Math.min(failedAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(factor);
        return Optional.of(now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
