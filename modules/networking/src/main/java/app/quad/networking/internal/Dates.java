package app.quad.networking.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as native queries return them, and as messages show them. */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Dates() {
    }

    /** The driver gives DATETIME columns as Timestamp or LocalDateTime (stored in UTC). */
    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof Timestamp timestamp ? timestamp.toInstant() : ((LocalDateTime) column).toInstant(ZoneOffset.UTC);
    }

    static String day(Instant instant) {
        return DAY.format(instant);
    }
}
