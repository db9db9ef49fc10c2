package app.quad.groups.web.post;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** "5 minutes ago", "3 hours ago", then the day, as networking's feed says it. */
public final class Ago {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Ago() {
    }

    public static String of(Instant at) {
        Duration age = Duration.between(at, Instant.now());
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
