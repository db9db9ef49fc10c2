package app.quad.platform.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 8);

    @Test
    void delayDoublesAfterEachFailure() {
        assertEquals(Optional.of(NOW.plusSeconds(10)), policy.nextAttempt(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(20)), policy.nextAttempt(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(40)), policy.nextAttempt(3, NOW));
    }

    @Test
    void delayIsCapped() {
        assertEquals(Optional.of(NOW.plusSeconds(160)), policy.nextAttempt(5, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), policy.nextAttempt(6, NOW));
        RetryPolicy patient = new RetryPolicy(Duration.ofSeconds(1), Duration.ofHours(1), 100);
        assertEquals(Optional.of(NOW.plus(Duration.ofHours(1))), patient.nextAttempt(99, NOW));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(5))), policy.nextAttempt(7, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(8, NOW));
        assertEquals(Optional.empty(), policy.nextAttempt(9, NOW));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(-1), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(5), Duration.ofSeconds(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
    }
}
