package app.quad.networking.web.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "5 minutes ago", "3 hours ago", then the day. */
final class PostDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private PostDates() {
    }

    static String ago(Instant at, Instant now) {
        Duration age = Duration.between(at, now);
        if (age.toMinutes() < 1) {
            return "just now";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + (age.toMinutes() == 1 ? " minute ago" : " minutes ago");
        }
        if (age.toDays() < 1) {
            return age.toHours() + (age.toHours() == 1 ? " hour ago" : " hours ago");
        }
        return DAY.format(at);
    }
}
