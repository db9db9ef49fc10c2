package app.quad.app.it;

import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Sql;
import app.quad.app.it.support.TestEventHosts;
import app.quad.identity.AccountAdministration;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import app.quad.jobs.CheckInOutcome;
import app.quad.jobs.CheckedIn;
import app.quad.jobs.EventAttendee;
import app.quad.jobs.EventCreated;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import app.quad.jobs.Rsvp;
import app.quad.jobs.RsvpConfirmed;
import app.quad.jobs.RsvpStatus;
import app.quad.jobs.RsvpWaitlisted;
import app.quad.networking.Affinity;
import app.quad.networking.Connections;
import app.quad.networking.NotificationCentre;
import app.quad.networking.UpcomingEvents;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events calendar on the real server: who creates events, bad input at its field, the last
 * seat under parallel RSVPs, the waiting list, check-in codes, calendars, groups, moderation.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Events events;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    AccountAdministration administration;

    @Inject
    Connections connections;

    @Inject
    app.quad.identity.AccountErasure erasure;

    @Inject
    NotificationCentre centre;

    @Inject
    TestEventHosts groups;

    @Inject
    @Any
    Instance<ReportableContent> reportables;

    @Inject
    Instance<UpcomingEvents> upcomingEvents;

    @Inject
    @Any
    Instance<Affinity> affinities;

    @Inject
    Event<ModerationDecision> decisions;

    @Inject
    UserTransaction transaction;

    @Inject
    EventLog log;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void staffAndVerifiedEmployersCreateEventsOthersAreRefused() {
        long staff = person("staff", Role.STAFF);
        long student = person("student", Role.STUDENT);
        EventSummary fair = events.create(staff, event("Spring fair", EventKind.CAREER_FAIR, 50));
        assertTrue(log.contains(new EventCreated(fair.id(), staff, null)));
        assertEquals("Career Center", fair.hostName());
        assertEquals(50, fair.seatsLeft());
        assertTrue(events.find(student, fair.id()).isPresent());
        assertTrue(events.upcoming(student, 0, 1000).items().stream().anyMatch(e -> e.id() == fair.id()));
        assertTrue(events.mayCreate(staff));
        assertFalse(events.mayCreate(student));
        refused("title", "Only career center staff, verified employers and groups can create events.",
                () -> events.create(student, event("Mine", EventKind.MEETUP, 5)));

        long recruiter = employer();
        EventSummary session = events.create(recruiter, event("Info session", EventKind.INFO_SESSION, 30));
        assertTrue(session.hostName().startsWith("Employer "), "an employer's event is hosted by the organisation: " + session.hostName());
        long pending = organisations.signUpEmployer(new app.quad.identity.EmployerSignUpRequest("Pending Co " + System.nanoTime(),
                "https://pending.example.com", "pat@pending" + System.nanoTime() + ".example.com", "Pat Pending", PASSWORD));
        Sql.execute(db, "UPDATE identity_account SET status = 'ACTIVE' WHERE id = ?", pending);
        refused("title", "Only career center staff, verified employers and groups can create events.",
                () -> events.create(pending, event("Unverified", EventKind.INFO_SESSION, 30)));
    }

    @Test
    void badInputIsRefusedAtItsFieldAndDescriptionsAreSanitised() {
        long staff = person("staff", Role.STAFF);
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusDays(10).truncatedTo(ChronoUnit.MINUTES);
        refused("end", "The event must end after it starts.", () -> events.create(staff, at(start, start.minusHours(2), 10, null)));
        refused("capacity", "The capacity must be at least 1 seat.", () -> events.create(staff, at(start, start.plusHours(2), 0, null)));
        refused("capacity", "The capacity must be at least 1 seat.", () -> events.create(staff, at(start, start.plusHours(2), -3, null)));
        refused("registrationDeadline", "The registration deadline must be no later than the start.",
                () -> events.create(staff, at(start, start.plusHours(2), 10, start.plusMinutes(5))));
        refused("registrationDeadline", "The registration deadline is in the past.",
                () -> events.create(staff, at(start, start.plusHours(2), 10, LocalDateTime.now(ZoneOffset.UTC).minusDays(1))));
        EventSummary created = events.create(staff, new NewEvent("Workshop", EventKind.WORKSHOP, false, "Room 101", null, start,
                start.plusHours(2), "UTC", 10, null, "<p onclick=\"x()\">Bring a <b>CV</b><script>alert(1)</script></p>", null));
        assertEquals("<p>Bring a <b>CV</b></p>", created.description());
    }

    @Test
    void eightPeopleRacingForTheLastSeatMakeOneConfirmedAndSevenWaiting() throws Exception {
        long staff = person("staff", Role.STAFF);
        EventSummary event = events.create(staff, event("One seat", EventKind.WORKSHOP, 1));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(person("racer" + i, Role.STUDENT));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Rsvp>> rsvps = new ArrayList<>();
        for (long person : people) {
            rsvps.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return events.rsvp(person, event.id(), false);
            }));
        }
        start.countDown();
        int confirmed = 0;
        int waiting = 0;
        for (Future<Rsvp> rsvp : rsvps) {
            RsvpStatus status = rsvp.get(60, TimeUnit.SECONDS).status();
            confirmed += status == RsvpStatus.CONFIRMED ? 1 : 0;
            waiting += status == RsvpStatus.WAITLISTED ? 1 : 0;
        }
        assertEquals(1, confirmed);
        assertEquals(7, waiting);
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM jobs_rsvp WHERE event_id = ? AND status = 'CONFIRMED'", event.id()));
        EventSummary after = events.find(staff, event.id()).orElseThrow();
        assertEquals(0, after.seatsLeft());
        assertEquals(7, after.waitlisted());
    }

    @Test
    void aCancelledSeatGoesToTheFirstPersonWaitingWhoIsTold() {
        long staff = person("staff", Role.STAFF);
        long ada = person("ada", Role.STUDENT);
        long bo = person("bo", Role.STUDENT);
        long cy = person("cy", Role.ALUMNI);
        EventSummary event = events.create(staff, event("Two seats", EventKind.WORKSHOP, 2));
        Rsvp first = events.rsvp(ada, event.id(), false);
        events.rsvp(staff, event.id(), false);
        Rsvp second = events.rsvp(bo, event.id(), false);
        Rsvp third = events.rsvp(cy, event.id(), false);
        assertEquals(RsvpStatus.CONFIRMED, first.status());
        assertEquals(RsvpStatus.WAITLISTED, second.status(), "over capacity goes to the waiting list, not refused");
        assertEquals(1, second.position());
        assertEquals(2, third.position());
        assertTrue(log.contains(new RsvpConfirmed(first.id(), event.id(), ada, false)));
        assertTrue(log.contains(new RsvpWaitlisted(second.id(), event.id(), bo)));

        events.cancel(ada, event.id());
        assertTrue(events.rsvpOf(ada, event.id()).isEmpty());
        assertEquals(RsvpStatus.CONFIRMED, events.rsvpOf(bo, event.id()).orElseThrow().status(), "the first in line is promoted");
        assertEquals(RsvpStatus.WAITLISTED, events.rsvpOf(cy, event.id()).orElseThrow().status());
        assertEquals(1, events.rsvpOf(cy, event.id()).orElseThrow().position());
        assertTrue(log.contains(new RsvpConfirmed(second.id(), event.id(), bo, true)));
        assertTrue(centre.list(bo, 0, 10).items().stream().anyMatch(n -> n.kind().equals("event.waitlist-promoted")
                && n.text().contains("Two seats") && n.link().equals("/jobs/events/view.xhtml?id=" + event.id())), "the promoted person is told");
        assertTrue(centre.list(cy, 0, 10).items().stream().noneMatch(n -> n.kind().equals("event.waitlist-promoted")));

        events.cancel(cy, event.id());
        assertEquals(RsvpStatus.CONFIRMED, events.rsvpOf(bo, event.id()).orElseThrow().status(), "a waiting person leaving frees no seat");

        long admin = person("admin", Role.ADMIN);
        long dee = person("dee", Role.STUDENT);
        events.rsvp(dee, event.id(), false);
        administration.suspend(admin, bo, "Checking a report");
        assertTrue(events.rsvpOf(bo, event.id()).isEmpty(), "a suspended person's RSVPs to coming events are dropped");
        assertEquals(RsvpStatus.CONFIRMED, events.rsvpOf(dee, event.id()).orElseThrow().status(), "and their seat goes on");

        Sql.execute(db, "UPDATE jobs_event SET registration_deadline = ? WHERE id = ?", java.sql.Timestamp.from(Instant.now().minusSeconds(60)),
                event.id());
        refused("event", "Registration for this event has closed.", () -> events.rsvp(cy, event.id(), false));
    }

    @Test
    void checkInAdmitsEachCodeOnceAtItsOwnEvent() {
        long staff = person("staff", Role.STAFF);
        long student = person("student", Role.STUDENT);
        long late = person("late", Role.STUDENT);
        EventSummary event = events.create(staff, event("Door", EventKind.CAREER_FAIR, 1));
        EventSummary other = events.create(staff, event("Other door", EventKind.MEETUP, 5));
        Rsvp rsvp = events.rsvp(student, event.id(), false);
        Rsvp waiting = events.rsvp(late, event.id(), false);
        assertTrue(rsvp.code().matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), rsvp.code());

        refused("code", "Only career center staff and the event's host can check people in at this event.",
                () -> events.checkIn(student, event.id(), rsvp.code()));
        refused("code", "This code is for another event: \u201cDoor\u201d.", () -> events.checkIn(staff, other.id(), rsvp.code()));
        refused("code", "This is not a check-in code: check it for typing mistakes. Codes look like 7K2M-9QXD-4HBT.",
                () -> events.checkIn(staff, event.id(), typo(rsvp.code())));
        refused("code", "No ticket has this code: it may be forged, or its RSVP was cancelled.",
                () -> events.checkIn(staff, event.id(), forged()));
        refused("code", "Test late is on the waiting list and has no seat.", () -> events.checkIn(staff, event.id(), waiting.code()));

        CheckInOutcome outcome = events.checkIn(staff, event.id(), rsvp.code().toLowerCase().replace("-", " "));
        assertEquals("Test student", outcome.displayName());
        assertTrue(log.contains(new CheckedIn(rsvp.id(), event.id(), student, staff)));
        Rejection reused = assertThrows(Rejection.class, () -> events.checkIn(staff, event.id(), rsvp.code()));
        assertEquals("code", reused.field());
        assertTrue(reused.getMessage().startsWith("This code was already used: Test student checked in at "), reused.getMessage());

        StringWriter csv = new StringWriter();
        assertDoesNotThrow(() -> events.attendance(staff, event.id(), csv));
        assertTrue(csv.toString().startsWith("name,status,rsvp_at,checked_in_at"), csv.toString());
        assertTrue(csv.toString().contains("Test student,CONFIRMED,"));
        assertTrue(csv.toString().contains("Test late,WAITLISTED,"));
        assertThrows(SecurityException.class, () -> events.attendance(student, event.id(), new StringWriter()));
        assertTrue(events.checkInAt(staff).stream().noneMatch(e -> e.id() == event.id()), "an event days away is not at the door yet");

        events.cancel(student, event.id());
        refused("code", "No ticket has this code: it may be forged, or its RSVP was cancelled.",
                () -> events.checkIn(staff, event.id(), rsvp.code()));
    }

    @Test
    void calendarsParseBackAndTheFeedTokenCanBeReplacedAndRevoked() throws Exception {
        long staff = person("staff", Role.STAFF);
        long student = person("student", Role.STUDENT);
        LocalDateTime start = LocalDateTime.of(2031, 4, 2, 10, 0);
        EventSummary event = events.create(staff, new NewEvent("R\u00e9sum\u00e9 clinic; bring yours", EventKind.WORKSHOP, false,
                "Library, Room 2", null, start, start.plusHours(2), "Europe/Berlin", 20, null, "<p>Tips &amp; <b>reviews</b></p>", null));
        Calendar single = new CalendarBuilder().build(new StringReader(events.ics(student, event.id()).orElseThrow()));
        VEvent parsed = single.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
        assertEquals("event-" + event.id() + "@quad", parsed.getUid().orElseThrow().getValue());
        assertEquals("R\u00e9sum\u00e9 clinic; bring yours", parsed.getSummary().getValue());
        assertEquals("Library, Room 2", parsed.getLocation().getValue());
        assertEquals("20310402T080000Z", parsed.getDateTimeStart().getValue(), "10:00 in Berlin in April is 08:00 UTC");
        assertTrue(parsed.getDescription().getValue().startsWith("Tips & reviews"), parsed.getDescription().getValue());

        assertFalse(events.hasFeed(student));
        String token = events.newFeedToken(student);
        assertTrue(events.hasFeed(student));
        assertTrue(new CalendarBuilder().build(new StringReader(events.feed(token).orElseThrow())).getComponents("VEVENT").isEmpty());
        events.rsvp(student, event.id(), false);
        Calendar feed = new CalendarBuilder().build(new StringReader(events.feed(token).orElseThrow()));
        assertEquals(1, feed.getComponents("VEVENT").size());
        String replaced = events.newFeedToken(student);
        assertTrue(events.feed(token).isEmpty(), "a new link stops the old one");
        assertTrue(events.feed(replaced).isPresent());
        events.revokeFeed(student);
        assertTrue(events.feed(replaced).isEmpty());
        assertFalse(events.hasFeed(student));
        assertTrue(events.feed("not a token").isEmpty());
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_event_feed WHERE token_hash = ?", replaced), "only a hash is stored");
    }

    @Test
    void groupsHostEventsThroughThePortAndOnlyTheirMembersSeeThem() {
        long manager = person("manager", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        long outsider = person("outsider", Role.STUDENT);
        long group = -System.nanoTime();
        NewEvent meetup = new NewEvent("Robot night", EventKind.MEETUP, false, "Lab 3", null, inDays(5), inDays(5).plusHours(3),
                "UTC", 12, null, "Bring parts.", group);
        refused("hostGroup", "Only the group's managers can create events for it.", () -> events.create(manager, meetup));
        groups.group(group, "Robotics Club", manager, member);
        EventSummary event = events.create(manager, meetup);
        assertEquals("Robotics Club", event.hostName());
        assertTrue(log.contains(new EventCreated(event.id(), manager, group)));
        assertEquals(1, events.upcomingForGroup(group, member, 0, 10).total());
        assertEquals(0, events.upcomingForGroup(group, outsider, 0, 10).total());
        assertTrue(events.find(outsider, event.id()).isEmpty());
        refused("event", "There is no such event, or you cannot see it.", () -> events.rsvp(outsider, event.id(), false));
        assertEquals(RsvpStatus.CONFIRMED, events.rsvp(member, event.id(), false).status());
        assertTrue(events.upcoming(member, 0, 1000).items().stream().noneMatch(e -> e.id() == event.id()),
                "group events stay on the group's page");
        assertTrue(events.mine(member, 0, 10).items().stream().anyMatch(e -> e.id() == event.id()));
        groups.leave(group, member);
        assertTrue(events.mine(member, 0, 10).items().stream().noneMatch(e -> e.id() == event.id()),
                "a group one left (or moderators removed) takes its events off one's list");
    }

    @Test
    void connectionsWhoLetThemSeeAreShownGoing() {
        long staff = person("staff", Role.STAFF);
        long me = person("me", Role.STUDENT);
        long shown = person("shown", Role.STUDENT);
        long quiet = person("quiet", Role.STUDENT);
        long stranger = person("stranger", Role.STUDENT);
        connect(me, shown);
        connect(me, quiet);
        EventSummary event = events.create(staff, event("Network night", EventKind.MEETUP, 20));
        events.rsvp(shown, event.id(), true);
        events.rsvp(quiet, event.id(), false);
        events.rsvp(stranger, event.id(), true);
        List<Long> going = events.goingFromNetwork(me, event.id(), 10).stream().map(EventAttendee::accountId).toList();
        assertEquals(List.of(shown), going, "only connections, and only those who chose to be shown");
        events.rsvp(shown, event.id(), false);
        assertTrue(events.goingFromNetwork(me, event.id(), 10).isEmpty(), "changing one's mind hides one again");
    }

    @Test
    void moderationHidesShowsAndRemovesAnEvent() throws Exception {
        long staff = person("staff", Role.STAFF);
        long recruiter = employer();
        long student = person("student", Role.STUDENT);
        EventSummary event = events.create(recruiter, event("Reported", EventKind.INFO_SESSION, 10));
        ReportableContent content = reportables.stream().filter(r -> r.handles("jobs.event")).findFirst().orElseThrow();
        assertEquals("Reported", content.find(event.id(), student).orElseThrow().title());
        decide(event.id(), recruiter, ModerationAction.HIDE);
        assertTrue(events.find(student, event.id()).isEmpty(), "hidden from members");
        assertTrue(events.find(recruiter, event.id()).isPresent(), "its host still sees it");
        assertTrue(events.find(staff, event.id()).isPresent());
        assertTrue(content.find(event.id()).orElseThrow().hidden());
        decide(event.id(), recruiter, ModerationAction.DISMISS);
        assertTrue(events.find(student, event.id()).isPresent());
        events.rsvp(student, event.id(), true);
        decide(event.id(), recruiter, ModerationAction.REMOVE);
        assertTrue(events.find(recruiter, event.id()).isEmpty());
        assertTrue(events.find(staff, event.id()).isEmpty());
        assertTrue(events.find(student, event.id()).isEmpty());
        assertTrue(events.upcoming(student, 0, 1000).items().stream().noneMatch(e -> e.id() == event.id()));
        assertEquals(0, events.mine(student, 0, 10).total(), "not among the events the student is going to");
        assertTrue(content.find(event.id(), student).isEmpty());
        assertTrue(content.find(event.id()).orElseThrow().hidden(), "moderators still see it, for an appeal");
        decide(event.id(), recruiter, ModerationAction.HIDE);

        decide(event.id(), recruiter, ModerationAction.DISMISS);
        assertTrue(events.find(student, event.id()).isEmpty(), "reports rejected in a later case leave the removal as it is");

        // A granted appeal is a RESTORE: the event is back, with its attendees.
        decide(event.id(), recruiter, ModerationAction.RESTORE);
        assertTrue(events.find(student, event.id()).isPresent(), "a removal is undone by a granted appeal");
        assertTrue(events.upcoming(student, 0, 1000).items().stream().anyMatch(e -> e.id() == event.id()));
        assertEquals(List.of(event.id()), events.mine(student, 0, 10).items().stream().map(EventSummary::id).toList());
        assertTrue(events.rsvpOf(student, event.id()).isPresent());
        assertFalse(content.find(event.id()).orElseThrow().hidden());
    }

    @Test
    void networkingFindsUpcomingEventsAndPeopleMetAtOne() {
        long staff = person("staff", Role.STAFF);
        long a = person("a", Role.STUDENT);
        long b = person("b", Role.STUDENT);
        EventSummary event = events.create(staff, event("Mixer", EventKind.MEETUP, 10));
        assertTrue(upcomingEvents.get().forMember(a, 1000).stream().anyMatch(e -> e.id() == event.id()));
        assertEquals("Student Union, Hall B", upcomingEvents.get().find(a, event.id()).orElseThrow().place());
        Rsvp ra = events.rsvp(a, event.id(), true);
        Rsvp rb = events.rsvp(b, event.id(), true);
        events.checkIn(staff, event.id(), ra.code());
        events.checkIn(staff, event.id(), rb.code());
        List<Affinity.Shared> shared = affinities.stream().flatMap(affinity -> affinity.of(a, 50).stream())
                .filter(s -> s.accountId() == b).toList();
        assertTrue(shared.stream().anyMatch(s -> s.reason().equals("Both at Mixer")), shared.toString());
    }

    @Test
    void erasureWithdrawsRsvpsForgetsTheHostAndTheCheckerAndPromotesWhoWaits() {
        long staff = person("staff", Role.STAFF);
        long checker = person("checker", Role.STAFF);
        long gone = person("gone", Role.STUDENT);
        long next = person("next", Role.STUDENT);
        EventSummary hosted = events.create(staff, event("Hosted", EventKind.WORKSHOP, 1));
        EventSummary event = events.create(staff, event("Full", EventKind.CAREER_FAIR, 1));
        Rsvp seat = events.rsvp(gone, event.id(), true);
        events.rsvp(next, event.id(), false);
        Rsvp checked = events.rsvp(next, hosted.id(), false);
        events.checkIn(checker, hosted.id(), checked.code());
        events.newFeedToken(gone);
        events.addBooth(staff, event.id(), "Acme", "A1");
        events.markToVisit(gone, events.booths(gone, event.id()).get(0).id(), true);

        erasure.erase(gone, PASSWORD);
        erasure.erase(checker, PASSWORD);
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_rsvp WHERE account_id = ?", gone));
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_booth_visit WHERE account_id = ?", gone));
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_event_feed WHERE account_id = ?", gone));
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_rsvp WHERE checked_in_by = ?", checker));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM jobs_rsvp WHERE id = ? AND checked_in_at IS NOT NULL", checked.id()),
                "the attendance itself stays");
        assertEquals(RsvpStatus.CONFIRMED, events.rsvpOf(next, event.id()).orElseThrow().status(), "the freed seat goes on");
        assertFalse(events.rsvpOf(next, event.id()).orElseThrow().id() == seat.id());

        erasure.erase(staff, PASSWORD);
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_event WHERE host_id = ?", staff));
        assertEquals("Career Center", events.find(next, hosted.id()).orElseThrow().hostName(), "the event stays, named as before");
    }

    private void decide(long eventId, long authorId, ModerationAction action) throws Exception {
        transaction.begin();
        decisions.fire(new ModerationDecision(1, new ReportTarget("jobs.event", eventId), authorId, action, "test", 0));
        transaction.commit();
    }

    private void connect(long a, long b) {
        connections.accept(b, connections.request(a, b, "We met at the fair and should stay in touch."));
    }

    private static String typo(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (last == '7' ? '8' : '7');
    }

    /** A well-formed code (its check symbol right) that Quad never issued. */
    private static String forged() {
        String body = "ZZZZZZZZZZZ";
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (2 * i + 1) * alphabet.indexOf(body.charAt(i));
        }
        String plain = body + alphabet.charAt(Math.floorMod(sum, 32));
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }

    private static void assertDoesNotThrow(org.junit.jupiter.api.function.Executable action) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(action);
    }

    private static LocalDateTime inDays(int days) {
        return LocalDateTime.now(ZoneOffset.UTC).plusDays(days).truncatedTo(ChronoUnit.HOURS);
    }

    private static NewEvent event(String title, EventKind kind, int capacity) {
        return new NewEvent(title, kind, false, "Student Union, Hall B", null, inDays(7), inDays(7).plusHours(4), "UTC", capacity, null,
                "<p>Meet people.</p>", null);
    }

    private static NewEvent at(LocalDateTime start, LocalDateTime end, int capacity, LocalDateTime deadline) {
        return new NewEvent("Timing", EventKind.WORKSHOP, false, "Room 1", null, start, end, "UTC", capacity, deadline, "", null);
    }

    private void refused(String field, String message, org.junit.jupiter.api.function.Executable action) {
        Rejection rejection = assertThrows(Rejection.class, action);
        assertEquals(field, rejection.field());
        assertEquals(message, rejection.getMessage());
    }

    private long person(String name, Role role) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), null));
    }

    private long employer() {
        String tag = Long.toString(System.nanoTime());
        long staff = person("verifier", Role.STAFF);
        long organisation = organisations.addVerified(staff, "Employer " + tag, "https://e" + tag + ".example.com", "e" + tag + ".example.com");
        String email = "recruiter." + tag + "@e" + tag + ".example.com";
        return accounts.register(new NewAccount(email, "Test recruiter", PASSWORD, Set.of(Role.EMPLOYER), organisation));
    }
}
