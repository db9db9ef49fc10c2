package app.quad.networking.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TermsTest {

    private final Terms terms = Terms.parse(" 09-01, 01-01 ,06-01");

    @Test
    void aDayBelongsToTheTermThatStartedLastOnOrBeforeIt() {
        assertEquals(LocalDate.of(2027, 1, 1), terms.startOf(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2027, 1, 1), terms.startOf(LocalDate.of(2027, 5, 31)));
        assertEquals(LocalDate.of(2027, 6, 1), terms.startOf(LocalDate.of(2027, 6, 1)));
        assertEquals(LocalDate.of(2027, 9, 1), terms.startOf(LocalDate.of(2027, 12, 31)));
        assertEquals(LocalDate.of(2027, 6, 1), terms.nextStart(LocalDate.of(2027, 1, 1)));
        assertEquals(LocalDate.of(2028, 1, 1), terms.nextStart(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void aTermRunsAcrossTheNewYear() {
        Terms autumnAndSpring = Terms.parse("02-01,09-01");
        assertEquals(LocalDate.of(2026, 9, 1), autumnAndSpring.startOf(LocalDate.of(2027, 1, 15)));
        assertEquals(LocalDate.of(2027, 2, 1), autumnAndSpring.nextStart(LocalDate.of(2027, 1, 15)));
        Terms yearly = Terms.parse("08-15");
        assertEquals(LocalDate.of(2026, 8, 15), yearly.startOf(LocalDate.of(2027, 8, 14)));
        assertEquals(LocalDate.of(2027, 8, 15), yearly.nextStart(LocalDate.of(2027, 8, 14)));
    }

    @Test
    void theTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        Terms leap = Terms.parse("02-29,09-01");
        assertEquals(LocalDate.of(2027, 2, 28), leap.startOf(LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2028, 2, 29), leap.startOf(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void badSettingsAreRefusedWithTheExpectedForm() {
        assertEquals("a term start is written MM-DD, such as 09-01: 9/1",
                assertThrows(IllegalArgumentException.class, () -> Terms.parse("01-01,9/1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Terms.parse(" , "));
        assertThrows(IllegalArgumentException.class, () -> Terms.parse("13-01"));
    }
}
