package app.quad.jobs.internal.events;

import app.quad.jobs.EventKind;
import app.quad.jobs.NewEvent;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final LocalDateTime START = LocalDateTime.parse("2027-03-10T10:00");
    private static final LocalDateTime END = LocalDateTime.parse("2027-03-10T16:00");

    @Test
    void aGoodEventIsStoredInUtcWithItsZone() {
        EventRules.Checked checked = EventRules.check(event(START, END, 40, LocalDateTime.parse("2027-03-09T18:00")), NOW);
        assertEquals(Instant.parse("2027-03-10T15:00:00Z"), checked.startsAt(), "10:00 in New York in March (EST) is 15:00 UTC");
        assertEquals(Instant.parse("2027-03-10T21:00:00Z"), checked.endsAt());
        assertEquals(Instant.parse("2027-03-09T23:00:00Z"), checked.registrationDeadline());
        assertEquals(ZoneId.of("America/New_York"), checked.zone());
        assertEquals("Spring career fair", checked.title());
    }

    @Test
    void withoutADeadlineRegistrationRunsUntilTheStart() {
        EventRules.Checked checked = EventRules.check(event(START, END, 40, null), NOW);
        assertEquals(checked.startsAt(), checked.registrationDeadline());
    }

    @Test
    void anEndBeforeOrAtTheStartIsRefusedAtTheEnd() {
        refused("end", "The event must end after it starts.", event(START, START.minusHours(1), 40, null));
        refused("end", "The event must end after it starts.", event(START, START, 40, null));
    }

    @Test
    void aStartInThePastIsRefused() {
        refused("start", "The start is in the past: events are created ahead of time.",
                event(LocalDateTime.parse("2027-02-01T10:00"), END, 40, null));
    }

    @Test
    void capacityMustBeAtLeastOneSeat() {
        refused("capacity", "The capacity must be at least 1 seat.", event(START, END, 0, null));
        refused("capacity", "The capacity must be at least 1 seat.", event(START, END, -5, null));
        refused("capacity", "Give the number of seats.", event(START, END, null, null));
    }

    @Test
    void theDeadlineMustBeBeforeTheStartAndNotPast() {
        refused("registrationDeadline", "The registration deadline must be no later than the start.",
                event(START, END, 40, START.plusMinutes(1)));
        refused("registrationDeadline", "The registration deadline is in the past.",
                event(START, END, 40, LocalDateTime.parse("2027-02-28T10:00")));
    }

    @Test
    void anInPersonEventNeedsAPlaceAndAnOnlineOneAWebLink() {
        refused("place", "Say where the event takes place.", new NewEvent("Talk", EventKind.WORKSHOP, false, " ", null, START, END,
                "UTC", 10, null, "", null));
        refused("link", "Give the link as a web address starting with https://, at most 500 characters.",
                new NewEvent("Talk", EventKind.WORKSHOP, true, null, "javascript:alert(1)", START, END, "UTC", 10, null, "", null));
        EventRules.check(new NewEvent("Talk", EventKind.WORKSHOP, true, null, "https://meet.example.com/x", START, END, "UTC", 10, null, "", null), NOW);
    }

    @Test
    void anUnknownZoneIsRefused() {
        refused("zone", "\u201cMars/Olympus\u201d is not a time zone Quad knows; choose one from the list.",
                new NewEvent("Talk", EventKind.MEETUP, false, "Room 1", null, START, END, "Mars/Olympus", 10, null, "", null));
    }

    private static void refused(String field, String message, NewEvent event) {
        Rejection rejection = assertThrows(Rejection.class, () -> EventRules.check(event, NOW));
        assertEquals(field, rejection.field());
        assertEquals(message, rejection.getMessage());
    }

    private static NewEvent event(LocalDateTime start, LocalDateTime end, Integer capacity, LocalDateTime deadline) {
        return new NewEvent("  Spring   career fair ", EventKind.CAREER_FAIR, false, "Student Union, Hall B", null, start, end,
                "America/New_York", capacity, deadline, "<p>Meet employers</p>", null);
    }
}
