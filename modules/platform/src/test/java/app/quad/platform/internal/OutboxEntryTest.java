package app.quad.platform.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutboxEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final RetryPolicy twoAttempts = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 2);

    @Test
    void failedAttemptIsRescheduledWithItsError() {
        OutboxEntry entry = new OutboxEntry("mail", "{}", NOW);
        entry.attemptFailed("SMTP down", NOW, twoAttempts);
        assertEquals(OutboxEntry.Status.PENDING, entry.getStatus());
        assertEquals(1, entry.getAttempts());
        assertEquals(NOW.plusSeconds(10), entry.getNextAttemptAt());
        assertEquals("SMTP down", entry.getLastError());
    }

    @Test
    void lastFailedAttemptMarksTheEntryFailed() {
        OutboxEntry entry = new OutboxEntry("mail", "{}", NOW);
        entry.attemptFailed("first", NOW, twoAttempts);
        entry.attemptFailed("second", NOW, twoAttempts);
        assertEquals(OutboxEntry.Status.FAILED, entry.getStatus());
        assertEquals("second", entry.getLastError());
    }

    @Test
    void deliveryClearsTheError() {
        OutboxEntry entry = new OutboxEntry("mail", "{}", NOW);
        entry.attemptFailed("first", NOW, twoAttempts);
        entry.delivered(NOW);
        assertEquals(OutboxEntry.Status.DELIVERED, entry.getStatus());
        assertEquals(2, entry.getAttempts());
        assertNull(entry.getLastError());
    }

    @Test
    void longErrorsAreTruncatedToTheColumn() {
        OutboxEntry entry = new OutboxEntry("mail", "{}", NOW);
        entry.attemptFailed("x".repeat(5000), NOW, twoAttempts);
        assertEquals(OutboxEntry.MAX_ERROR_LENGTH, entry.getLastError().length());
    }
}
