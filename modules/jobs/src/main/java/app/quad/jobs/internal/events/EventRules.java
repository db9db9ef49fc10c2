package app.quad.jobs.internal.events;

import app.quad.jobs.EventKind;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import app.quad.platform.Rejection;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The rules an event must keep, as pure functions so they are tested without a server. Each
 * refusal names the field the host can fix.
 */
final class EventRules {

    /** An event, checked, with its times in UTC. */
    record Checked(String title, EventKind kind, boolean online, String place, String link, Instant startsAt, Instant endsAt,
                   ZoneId zone, int capacity, Instant registrationDeadline) {
    }

    private EventRules() {
    }

    static Checked check(NewEvent event, Instant now) {
        String title = oneLine(event.title());
        if (title.isEmpty()) {
            throw new Rejection("title", "Give the event a title.");
        }
        if (title.length() > Events.TITLE_MAX) {
            throw new Rejection("title", "The title can have at most " + Events.TITLE_MAX + " characters.");
        }
        if (event.kind() == null) {
            throw new Rejection("kind", "Choose what kind of event it is.");
        }
        String place = null;
        String link = null;
        if (event.online()) {
            link = oneLine(event.link());
            if (link.isEmpty()) {
                throw new Rejection("link", "Give the link people join the online event at.");
            }
            if (link.length() > Events.LINK_MAX || !webAddress(link)) {
                throw new Rejection("link", "Give the link as a web address starting with https://, at most " + Events.LINK_MAX
                        + " characters.");
            }
        } else {
            place = oneLine(event.place());
            if (place.isEmpty()) {
                throw new Rejection("place", "Say where the event takes place.");
            }
            if (place.length() > Events.PLACE_MAX) {
                throw new Rejection("place", "The place can have at most " + Events.PLACE_MAX + " characters.");
            }
        }
        ZoneId zone = zone(event.zone());
        if (event.start() == null) {
            throw new Rejection("start", "Give the day and time the event starts.");
        }
        if (event.end() == null) {
            throw new Rejection("end", "Give the day and time the event ends.");
        }
        Instant start = event.start().atZone(zone).toInstant();
        Instant end = event.end().atZone(zone).toInstant();
        if (!start.isAfter(now)) {
            throw new Rejection("start", "The start is in the past: events are created ahead of time.");
        }
        if (!end.isAfter(start)) {
            throw new Rejection("end", "The event must end after it starts.");
        }
        if (event.capacity() == null) {
            throw new Rejection("capacity", "Give the number of seats.");
        }
        if (event.capacity() < 1) {
            throw new Rejection("capacity", "The capacity must be at least 1 seat.");
        }
        if (event.capacity() > Events.CAPACITY_MAX) {
            throw new Rejection("capacity", "The capacity can be at most " + Events.CAPACITY_MAX + " seats.");
        }
        Instant deadline = start;
        if (event.registrationDeadline() != null) {
            deadline = event.registrationDeadline().atZone(zone).toInstant();
            if (deadline.isAfter(start)) {
                throw new Rejection("registrationDeadline", "The registration deadline must be no later than the start.");
            }
            if (!deadline.isAfter(now)) {
                throw new Rejection("registrationDeadline", "The registration deadline is in the past.");
            }
        }
        return new Checked(title, event.kind(), event.online(), place, link, start, end, zone, event.capacity(), deadline);
    }

    static ZoneId zone(String name) {
        if (name == null || name.isBlank()) {
            throw new Rejection("zone", "Choose the time zone the times are in.");
        }
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new Rejection("zone", "\u201c" + name.strip() + "\u201d is not a time zone Quad knows; choose one from the list.");
        }
    }

    /** Whether people may still RSVP: before the deadline, and the event neither hidden nor removed. */
    static boolean open(Instant registrationDeadline, Instant now) {
        return now.isBefore(registrationDeadline);
    }

    private static boolean webAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
