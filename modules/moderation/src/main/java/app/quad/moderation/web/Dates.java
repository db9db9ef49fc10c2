package app.quad.moderation.web;

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

    /** A kind in words, such as "post" for networking.post. */
    public String kind(String kind) {
        return switch (kind) {
            case "identity.member" -> "Profile";
            case "identity.organisation" -> "Organisation";
            case "jobs.posting" -> "Job posting";
            default -> {
                String thing = kind.substring(kind.indexOf('.') + 1).replace('-', ' ');
                yield Character.toUpperCase(thing.charAt(0)) + thing.substring(1);
            }
        };
    }
}
