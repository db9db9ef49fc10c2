package app.quad.networking.internal;

import app.quad.networking.RequestBudget;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestBudgetRuleTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    private static List<Instant> sentHourly(int count) {
        return IntStream.range(0, count).mapToObj(i -> MONDAY.plus(Duration.ofHours(i))).toList();
    }

    @Test
    void requestsAreLeftUntilTheWeeklyAllowanceIsUsed() {
        RequestBudget budget = RequestBudgetRule.budget(20, sentHourly(19));
        assertEquals(1, budget.left());
        assertNull(budget.nextFreeAt());
    }

    @Test
    void whenUsedUpTheOldestRequestOfTheWeekFreesTheNextOne() {
        RequestBudget budget = RequestBudgetRule.budget(20, sentHourly(20));
        assertEquals(0, budget.left());
        assertEquals(MONDAY.plus(Duration.ofDays(7)), budget.nextFreeAt());
    }

    @Test
    void aLoweredAllowanceWaitsUntilEnoughRequestsHaveAged() {
        // 5 sent, allowance now 3: three must age out before one is free, i.e. the third oldest.
        RequestBudget budget = RequestBudgetRule.budget(3, sentHourly(5));
        assertEquals(0, budget.left());
        assertEquals(MONDAY.plus(Duration.ofHours(2)).plus(Duration.ofDays(7)), budget.nextFreeAt());
    }
}
