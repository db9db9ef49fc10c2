package app.quad.networking.web.chats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Times as the coffee chat pages show them: on the campus clock, which the page names once. */
final class Times {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Times() {
    }

    static String when(Instant instant, ZoneId zone) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** "ET (America/New_York)", or "UTC". */
    static String zoneName(ZoneId zone) {
        String shortName = zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return shortName.equals(zone.getId()) ? shortName : shortName + " (" + zone.getId() + ")";
    }
}
