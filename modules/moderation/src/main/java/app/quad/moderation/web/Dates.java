package app.quad.moderation.web;

import app.quad.moderation.KindNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times on moderation's pages, in UTC, as #{moderationDates.at(instant)}. */
@Named("moderationDates")
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant);
    }

    /** A kind in words, capitalised, such as "Post" for networking.post. */
    public String kind(String kind) {
        String thing = KindNames.of(kind);
        return Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
    }
}
