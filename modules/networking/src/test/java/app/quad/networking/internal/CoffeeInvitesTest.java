package app.quad.networking.internal;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The invitations, read back with ical4j's parser as a calendar program would read them. */
class CoffeeInvitesTest {

    private static final Instant START = Instant.parse("2027-03-04T20:30:00Z");

    private static CoffeeInvites.Invite invite(int sequence) {
        return new CoffeeInvites.Invite(42, sequence, START, START.plusSeconds(30 * 60), "Coffee chat: Ana Alvarez and Ben \"B\" Brown",
                "Caf\u00e9 Bean; 2nd floor, by the window", "A coffee chat with Ana Alvarez, arranged on Quad.",
                "no-reply@quad.invalid", "Ben \"B\" Brown", "ben@campus.example.edu", Instant.parse("2027-03-01T10:00:00.123Z"));
    }

    @Test
    void anInvitationIsARequestInUtcWithAStableUid() throws Exception {
        String ics = CoffeeInvites.request(invite(0));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends, as RFC 5545 asks");
        assertTrue(ics.contains("DTSTART:20270304T203000Z\r\n"), ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertEquals("coffee-42@quad", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("20270304T203000Z", event.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20270304T210000Z", event.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("Caf\u00e9 Bean; 2nd floor, by the window", event.getProperty(Property.LOCATION).orElseThrow().getValue(),
                "commas and semicolons survive their escaping");
        assertEquals("mailto:ben@campus.example.edu", event.getProperty(Property.ATTENDEE).orElseThrow().getValue());
        assertEquals("mailto:no-reply@quad.invalid", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        assertEquals(1, event.getProperties(Property.ATTENDEE).size(), "only the recipient, by address");
        assertFalse(ics.contains("ana@"), "nobody else's address");
        calendar.validate();
    }

    @Test
    void aCancellationHasTheSameUidAndAHigherSequence() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(CoffeeInvites.cancel(invite(1))));
        assertEquals("CANCEL", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertEquals("coffee-42@quad", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("1", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", event.getProperty(Property.STATUS).orElseThrow().getValue());
        calendar.validate();
    }
}
