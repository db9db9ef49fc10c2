package app.quad.networking.web.messages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as the message pages show them, in UTC like the rest of Quad. */
final class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_INSTANT;

    private Times() {
    }

    static String of(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant);
    }

    static String machine(Instant instant) {
        return instant == null ? "" : MACHINE.format(instant);
    }
}
