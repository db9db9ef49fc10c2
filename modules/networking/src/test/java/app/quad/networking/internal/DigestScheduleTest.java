package app.quad.networking.internal;

import app.quad.platform.Delivery;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DigestScheduleTest {

    private final DigestSchedule schedule = new DigestSchedule(LocalTime.of(7, 0), DayOfWeek.MONDAY, ZoneId.of("America/Chicago"));

    @Test
    void theDailyBoundaryIsTodaysSevenOClockOnceItHasPassedAndYesterdaysBefore() {
        // 2026-11-23 is a Monday; Chicago is UTC-6 in November.
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"),
                schedule.latestBoundary(Delivery.DAILY_DIGEST, Instant.parse("2026-11-23T13:00:00Z")));
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"),
                schedule.latestBoundary(Delivery.DAILY_DIGEST, Instant.parse("2026-11-24T12:59:59Z")));
        assertEquals(Instant.parse("2026-11-22T13:00:00Z"),
                schedule.latestBoundary(Delivery.DAILY_DIGEST, Instant.parse("2026-11-23T12:59:59Z")));
    }

    @Test
    void theWeeklyBoundaryIsTheLatestMondayAtSeven() {
        assertEquals(Instant.parse("2026-11-23T13:00:00Z"),
                schedule.latestBoundary(Delivery.WEEKLY_DIGEST, Instant.parse("2026-11-29T23:00:00Z")));
        assertEquals(Instant.parse("2026-11-16T13:00:00Z"),
                schedule.latestBoundary(Delivery.WEEKLY_DIGEST, Instant.parse("2026-11-23T12:00:00Z")));
    }

    @Test
    void theCampusClockDecidesAcrossADaylightSavingChange() {
        // Chicago moves from UTC-6 to UTC-5 on 2027-03-14: seven o'clock moves an hour earlier in UTC.
        assertEquals(Instant.parse("2027-03-13T13:00:00Z"),
                schedule.latestBoundary(Delivery.DAILY_DIGEST, Instant.parse("2027-03-14T11:59:00Z")));
        assertEquals(Instant.parse("2027-03-14T12:00:00Z"),
                schedule.latestBoundary(Delivery.DAILY_DIGEST, Instant.parse("2027-03-14T12:00:00Z")));
    }

    @Test
    void onlyDigestsHaveBoundaries() {
        assertThrows(IllegalArgumentException.class, () -> schedule.latestBoundary(Delivery.EMAIL, Instant.now()));
    }
}
