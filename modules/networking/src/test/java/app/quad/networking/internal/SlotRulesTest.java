package app.quad.networking.internal;

import app.quad.networking.UpcomingEvents;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlotRulesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 09:00 in New York, in winter (UTC-5). */
    private static final Instant NOW = Instant.parse("2027-01-11T14:00:00Z");

    @Test
    void timesAreReadOnTheCampusClockAndStoredAsInstants() {
        List<Instant> times = SlotRules.checked(rows(LocalDateTime.parse("2027-01-12T15:30"), null,
                LocalDateTime.parse("2027-01-13T09:00")), NEW_YORK, NOW);
        assertEquals(List.of(Instant.parse("2027-01-12T20:30:00Z"), Instant.parse("2027-01-13T14:00:00Z")), times);
    }

    @Test
    void summerTimeIsTheCampusClocksToo() {
        Instant june = Instant.parse("2027-06-01T12:00:00Z");
        assertEquals(List.of(Instant.parse("2027-06-02T19:30:00Z")),
                SlotRules.checked(rows(LocalDateTime.parse("2027-06-02T15:30")), NEW_YORK, june), "UTC-4 in June");
    }

    @Test
    void aTimeMustBeAtLeastAnHourAheadAndAtMostNinetyDays() {
        assertEquals("slot2", refusal(rows(LocalDateTime.parse("2027-01-12T10:00"), LocalDateTime.parse("2027-01-11T09:30"))).field());
        assertEquals("slot1", refusal(rows(LocalDateTime.parse("2027-01-11T08:00"))).field(), "in the past");
        SlotRules.checked(rows(LocalDateTime.parse("2027-01-11T10:00")), NEW_YORK, NOW);
        assertEquals("slot3", refusal(rows(LocalDateTime.parse("2027-01-12T10:00"), null,
                LocalDateTime.parse("2027-04-12T10:00"))).field(), "91 days ahead");
        SlotRules.checked(rows(LocalDateTime.parse("2027-04-10T10:00")), NEW_YORK, NOW);
    }

    @Test
    void timesMustDifferAndThereAreOneToThree() {
        LocalDateTime time = LocalDateTime.parse("2027-01-12T10:00");
        Rejection twice = refusal(rows(time, LocalDateTime.parse("2027-01-12T11:00"), time));
        assertEquals("slot3", twice.field());
        assertTrue(twice.getMessage().contains("same time"), twice.getMessage());
        assertEquals("slot1", refusal(rows(null, null, null)).field(), "none");
        assertEquals("slot1", refusal(List.of()).field());
        assertEquals("slot1", refusal(rows(time, time.plusHours(1), time.plusHours(2), time.plusHours(3))).field(), "four");
    }

    @Test
    void durationsAreQuarterHoursUpToAnHour() {
        for (int minutes : new int[] {15, 30, 45, 60}) {
            assertEquals(minutes, SlotRules.duration(minutes));
        }
        for (int minutes : new int[] {0, 10, 90, -15}) {
            assertEquals("duration", assertThrows(Rejection.class, () -> SlotRules.duration(minutes)).field());
        }
    }

    @Test
    void thePlaceIsOneToTwoHundredCharactersOrTheEventsPlace() {
        assertEquals("Blue Bottle, 2nd floor", SlotRules.place("  Blue Bottle,\n 2nd floor ", null));
        assertEquals("place", assertThrows(Rejection.class, () -> SlotRules.place("   ", null)).field());
        assertEquals("place", assertThrows(Rejection.class, () -> SlotRules.place("x".repeat(201), null)).field());
        assertEquals(200, SlotRules.place("\u00e9".repeat(200), null).length());
        UpcomingEvents.Event fair = new UpcomingEvents.Event(7, "Spring career fair", "Student Union, Hall B",
                NOW.plusSeconds(86_400), NOW.plusSeconds(90_000));
        assertEquals("Spring career fair, Student Union, Hall B", SlotRules.place("", fair));
        assertEquals("By the stand of Acme", SlotRules.place("By the stand of Acme", fair));
    }

    private static Rejection refusal(List<LocalDateTime> rows) {
        return assertThrows(Rejection.class, () -> SlotRules.checked(rows, NEW_YORK, NOW));
    }

    private static List<LocalDateTime> rows(LocalDateTime... times) {
        return Arrays.asList(times);
    }
}
