package app.quad.jobs.internal.events;

import app.quad.jobs.EventSummary;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Events as iCalendar (RFC 5545), written with ical4j as networking's coffee chats are: times in
 * UTC, so no time zone definitions are needed and calendar programs show them in their own zone.
 * A single event and a person's feed use the same UID per event, so a calendar that has both keeps one copy.
 */
final class EventCalendars {

    private EventCalendars() {
    }

    static String uid(long eventId) {
        return "event-" + eventId + "@quad";
    }

    static String write(List<EventSummary> events, String productId) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        Instant stamp = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (EventSummary event : events) {
            VEvent entry = new VEvent(false);
            entry.add(new Uid(uid(event.id())));
            entry.add(new DtStamp(stamp));
            entry.add(new DtStart<>(event.startsAt().truncatedTo(ChronoUnit.SECONDS)));
            entry.add(new DtEnd<>(event.endsAt().truncatedTo(ChronoUnit.SECONDS)));
            entry.add(new Summary(event.title()));
            entry.add(new Location(event.where()));
            entry.add(new Description(EventText.visibleText(event.description()) + "\n\nHosted by " + event.hostName() + "."));
            calendar.add(entry);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
