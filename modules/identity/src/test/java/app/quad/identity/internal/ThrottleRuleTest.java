package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleRuleTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private static ThrottleRule.State fail(int times, ThrottleRule.State from, Instant at) {
        ThrottleRule.State state = from;
        for (int i = 0; i < times; i++) {
            state = ThrottleRule.afterFailure(state, at);
        }
        return state;
    }

    @Test
    void nineFailuresDoNotBlock() {
        ThrottleRule.State state = fail(9, ThrottleRule.State.fresh(START), START.plusSeconds(60));
        assertFalse(ThrottleRule.blocked(state, START.plusSeconds(61)));
        assertEquals(9, state.failures());
    }

    @Test
    void theTenthFailureWithinFifteenMinutesBlocksForFiveMinutes() {
        Instant tenth = START.plus(Duration.ofMinutes(14));
        ThrottleRule.State state = fail(9, ThrottleRule.State.fresh(START), START);
        state = ThrottleRule.afterFailure(state, tenth);
        assertTrue(ThrottleRule.blocked(state, tenth.plus(Duration.ofMinutes(4)).plusSeconds(59)));
        assertFalse(ThrottleRule.blocked(state, tenth.plus(Duration.ofMinutes(5))));
    }

    @Test
    void failuresSpreadBeyondTheWindowStartCountingAgain() {
        ThrottleRule.State state = fail(9, ThrottleRule.State.fresh(START), START);
        Instant later = START.plus(Duration.ofMinutes(16));
        state = ThrottleRule.afterFailure(state, later);
        assertFalse(ThrottleRule.blocked(state, later));
        assertEquals(1, state.failures());
        assertEquals(later, state.windowStart());
    }

    @Test
    void eachBlockInARowLastsTwiceAsLongUpToAnHour() {
        assertEquals(Duration.ofMinutes(5), ThrottleRule.blockLength(1));
        assertEquals(Duration.ofMinutes(10), ThrottleRule.blockLength(2));
        assertEquals(Duration.ofMinutes(20), ThrottleRule.blockLength(3));
        assertEquals(Duration.ofMinutes(40), ThrottleRule.blockLength(4));
        assertEquals(Duration.ofHours(1), ThrottleRule.blockLength(5));
        assertEquals(Duration.ofHours(1), ThrottleRule.blockLength(50));
    }

    @Test
    void tenMoreFailuresAfterABlockBlockForLonger() {
        ThrottleRule.State state = fail(10, ThrottleRule.State.fresh(START), START);
        Instant afterBlock = START.plus(Duration.ofMinutes(6));
        state = fail(10, state, afterBlock);
        assertEquals(2, state.lockouts());
        assertEquals(afterBlock.plus(Duration.ofMinutes(10)), state.blockedUntil());
    }

    @Test
    void aDayWithoutFailuresForgetsEarlierBlocks() {
        ThrottleRule.State state = fail(10, ThrottleRule.State.fresh(START), START);
        Instant nextDay = START.plus(Duration.ofDays(1)).plusSeconds(1);
        state = fail(10, state, nextDay);
        assertEquals(1, state.lockouts());
        assertEquals(nextDay.plus(Duration.ofMinutes(5)), state.blockedUntil());
    }
}
