package app.quad.networking.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SendingRateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private static final List<SendingRate.Limit> LIMITS = List.of(new SendingRate.Limit(20, Duration.ofMinutes(1)),
            new SendingRate.Limit(200, Duration.ofHours(1)));

    /** Sent every {@code step}, newest first, the newest {@code ago} before now. */
    private static List<Instant> sent(int count, Duration ago, Duration step) {
        return IntStream.range(0, count).mapToObj(i -> NOW.minus(ago).minus(step.multipliedBy(i))).toList();
    }

    @Test
    void belowBothLimitsTheNextMessageMayGoNow() {
        assertEquals(Optional.empty(), SendingRate.nextAllowed(List.of(), NOW, LIMITS));
        assertEquals(Optional.empty(), SendingRate.nextAllowed(sent(19, Duration.ofSeconds(1), Duration.ofSeconds(1)), NOW, LIMITS));
    }

    @Test
    void twentyInAMinuteWaitUntilTheOldestOfThemIsAMinuteOld() {
        List<Instant> recent = sent(20, Duration.ofSeconds(1), Duration.ofSeconds(2));
        Instant oldest = recent.get(19);
        assertEquals(Optional.of(oldest.plus(Duration.ofMinutes(1))), SendingRate.nextAllowed(recent, NOW, LIMITS));
        assertEquals("in 21 seconds", SendingRate.wait(NOW, oldest.plus(Duration.ofMinutes(1))));
    }

    @Test
    void twoHundredInAnHourWaitForTheHourlyLimit() {
        List<Instant> recent = sent(200, Duration.ofMinutes(2), Duration.ofSeconds(15));
        Instant free = recent.get(199).plus(Duration.ofHours(1));
        assertEquals(Optional.of(free), SendingRate.nextAllowed(recent, NOW, LIMITS));
        assertEquals("in 9 minutes", SendingRate.wait(NOW, free), "the 200th newest was sent 51 min 45 s ago");
    }

    @Test
    void messagesOlderThanTheWindowDoNotCount() {
        List<Instant> recent = sent(20, Duration.ofSeconds(61), Duration.ofSeconds(1));
        assertEquals(Optional.empty(), SendingRate.nextAllowed(recent, NOW, LIMITS));
    }

    @Test
    void waitsAreRoundedUp() {
        assertEquals("in 1 second", SendingRate.wait(NOW, NOW.plusMillis(10)));
        assertEquals("in 1 second", SendingRate.wait(NOW, NOW.minusSeconds(3)), "never 'in 0 seconds'");
        assertEquals("in 119 seconds", SendingRate.wait(NOW, NOW.plusSeconds(119)));
        assertEquals("in 3 minutes", SendingRate.wait(NOW, NOW.plusSeconds(121)));
    }
}
