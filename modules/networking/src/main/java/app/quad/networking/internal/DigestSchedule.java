package app.quad.networking.internal;

import app.quad.platform.Delivery;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * When digests are due: daily at a time of day, weekly on a day at that time, in the campus's
 * time zone. A digest covers the notices that came in before the latest such moment, so the
 * schedule needs no memory of earlier runs: a server that was down at seven sends the morning's
 * digest when it comes back, and a second run finds nothing left.
 */
record DigestSchedule(LocalTime time, DayOfWeek weeklyOn, ZoneId zone) {

    /** The latest moment at or before {@code now} that closes a period of the digest. */
    Instant latestBoundary(Delivery period, Instant now) {
        ZonedDateTime here = now.atZone(zone);
        ZonedDateTime boundary = ZonedDateTime.of(here.toLocalDate(), time, zone);
        switch (period) {
            case DAILY_DIGEST -> {
                if (boundary.isAfter(here)) {
                    boundary = ZonedDateTime.of(here.toLocalDate().minusDays(1), time, zone);
                }
            }
            case WEEKLY_DIGEST -> {
                boundary = ZonedDateTime.of(here.toLocalDate().with(TemporalAdjusters.previousOrSame(weeklyOn)), time, zone);
                if (boundary.isAfter(here)) {
                    boundary = ZonedDateTime.of(here.toLocalDate().minusWeeks(1).with(TemporalAdjusters.previousOrSame(weeklyOn)),
                            time, zone);
                }
            }
            default -> throw new IllegalArgumentException("not a digest: " + period);
        }
        return boundary.toInstant();
    }
}
