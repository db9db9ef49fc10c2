package app.quad.networking.internal;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The iCalendar invitations of coffee chats (RFC 5545, with the methods of RFC 5546). Each person
 * gets their own: it names them as the only attendee by address and the other person by name
 * only, so nobody learns the other's e-mail address from Quad. Times are in UTC, so no time zone
 * definitions are needed and the calendar program shows them in its own zone.
 */
final class CoffeeInvites {

    static final String CONTENT_TYPE_REQUEST = "text/calendar; method=REQUEST; charset=UTF-8";
    static final String CONTENT_TYPE_CANCEL = "text/calendar; method=CANCEL; charset=UTF-8";
    static final String FILE_NAME = "coffee-chat.ics";

    /**
     * @param organizer   Quad's own sender address: the chat is arranged through Quad, and a
     *                    calendar program's reply should not go to either person's address
     * @param description plain text for the event's notes
     */
    record Invite(long chatId, int sequence, Instant start, Instant end, String summary, String place,
                  String description, String organizer, String attendeeName, String attendeeAddress, Instant stamp) {
    }

    private CoffeeInvites() {
    }

    /** The UID calendars recognise the chat by, so a cancellation replaces the invitation. */
    static String uid(long chatId) {
        return "coffee-" + chatId + "@quad";
    }

    static String request(Invite invite) {
        return write(invite, false);
    }

    static String cancel(Invite invite) {
        return write(invite, true);
    }

    private static String write(Invite invite, boolean cancel) {
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(invite.chatId())));
        event.add(new DtStamp(invite.stamp().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtStart<>(invite.start().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new DtEnd<>(invite.end().truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Sequence(invite.sequence()));
        event.add(new Summary(invite.summary()));
        event.add(new Location(invite.place()));
        event.add(new Description(invite.description()));
        event.add(new Status(cancel ? "CANCELLED" : "CONFIRMED"));
        Organizer organizer = new Organizer(URI.create("mailto:" + invite.organizer()));
        organizer.add(new Cn("Quad"));
        event.add(organizer);
        Attendee attendee = new Attendee(URI.create("mailto:" + invite.attendeeAddress()));
        attendee.add(new Cn(parameterText(invite.attendeeName())));
        attendee.add(cancel ? PartStat.DECLINED : PartStat.ACCEPTED);
        attendee.add(Rsvp.FALSE);
        event.add(attendee);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Quad//Coffee chats//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A parameter value may not hold a double quote or control characters, even quoted. */
    private static String parameterText(String text) {
        return text.replace('"', '\'').replaceAll("\\p{Cntrl}", " ");
    }
}
