package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.app.it.support.Await;
import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Mailbox;
import app.quad.identity.AccountErasure;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Role;
import app.quad.networking.Blocks;
import app.quad.networking.CoffeeChatCancelled;
import app.quad.networking.CoffeeChatConfirmed;
import app.quad.networking.CoffeeChatDeclined;
import app.quad.networking.CoffeeChatProposed;
import app.quad.networking.CoffeeChats;
import app.quad.networking.CoffeeChats.Chat;
import app.quad.networking.Connections;
import app.quad.networking.MetInPerson;
import app.quad.networking.Snooze;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coffee chats on the real server: proposing, answering, cancelling, "we met", and the mail each sends. */
@ExtendWith(ArquillianExtension.class)
class CoffeeChatIT {

    private static final String PASSWORD = "harbour lantern violet 88";
    private static final String NOTE = "We were in the same data science lab this fall.";
    private static final DateTimeFormatter ICS_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Connections connections;

    @Inject
    CoffeeChats chats;

    @Inject
    Blocks blocks;

    @Inject
    Snooze snooze;

    @Inject
    AccountErasure erasure;

    @Inject
    EventLog events;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void theInviteePicksATimeAndBothGetACalendarInvitation() {
        Person ana = person("ana");
        Person ben = person("ben");
        connect(ana, ben);
        LocalDateTime first = tomorrowAt(10);
        LocalDateTime second = tomorrowAt(15);
        long chat = chats.propose(ana.id, ben.id, proposal(30, "Blue Bottle, 2nd floor", first, second));
        assertTrue(events.contains(new CoffeeChatProposed(chat, ana.id, ben.id)));
        assertTrue(Await.until(Duration.ofSeconds(20), () -> Mailbox.subjectsFor(ben.email).contains("Test ana proposes a coffee chat")),
                "the invitee hears of the proposal");

        Chat waiting = chats.awaitingAnswer(ben.id, 0, 10).items().get(0);
        assertEquals(ana.id, waiting.otherId());
        assertEquals(2, waiting.slots().size());
        assertEquals("Blue Bottle, 2nd floor", waiting.place());
        assertEquals(1, chats.proposed(ana.id, 0, 10).total());
        assertEquals(0, chats.awaitingAnswer(ana.id, 0, 10).total());

        CoffeeChats.Slot picked = waiting.slots().get(1);
        Instant expectedStart = second.atZone(chats.campusZone()).toInstant();
        assertEquals(expectedStart, picked.startsAt());
        assertEquals("chat", refusal(() -> chats.choose(ana.id, chat, picked.id())).field(), "only the invitee picks");
        chats.choose(ben.id, chat, picked.id());
        chats.choose(ben.id, chat, picked.id());
        assertTrue(events.contains(new CoffeeChatConfirmed(chat, ana.id, ben.id)));
        assertEquals(1, events.events().stream().filter(event -> event instanceof CoffeeChatConfirmed confirmed
                && confirmed.chatId() == chat).count(), "picking twice agrees once");
        assertEquals(0, chats.awaitingAnswer(ben.id, 0, 10).total());
        assertEquals(0, chats.proposed(ana.id, 0, 10).total());
        Chat agreed = chats.upcoming(ana.id, 0, 10).items().get(0);
        assertEquals(expectedStart, agreed.startsAt());
        assertEquals(1, chats.upcoming(ben.id, 0, 10).total());

        for (Person person : List.of(ana, ben)) {
            assertTrue(Await.until(Duration.ofSeconds(20), () -> Mailbox.calendarsFor(person.email).size() == 1),
                    "one invitation to " + person.email);
            String ics = unfolded(Mailbox.calendarsFor(person.email).get(0));
            assertTrue(ics.toLowerCase().contains("method=request"), "the content type names the method: " + ics);
            assertTrue(ics.contains("METHOD:REQUEST"), ics);
            assertTrue(ics.contains("UID:coffee-" + chat + "@quad"), ics);
            assertTrue(ics.contains("DTSTART:" + ICS_TIME.format(expectedStart)), ics);
            assertTrue(ics.contains("DTEND:" + ICS_TIME.format(expectedStart.plus(Duration.ofMinutes(30)))), ics);
            assertTrue(ics.contains("LOCATION:Blue Bottle\\, 2nd floor"), ics);
            assertTrue(ics.contains("mailto:" + person.email), "the recipient is the attendee");
            Person other = person == ana ? ben : ana;
            assertFalse(ics.contains(other.email), "the other person's address is not given away");
        }
        assertTrue(chats.invitation(ben.id, chat).orElseThrow().contains("UID:coffee-" + chat + "@quad"));
        assertTrue(chats.invitation(person("cleo").id, chat).isEmpty(), "nobody else downloads it");
    }

    @Test
    void aDeclineIsToldKindlyAndAProposalCanBeWithdrawn() {
        Person ana = person("ana");
        Person ben = person("ben");
        connect(ana, ben);
        long chat = chats.propose(ana.id, ben.id, proposal(15, "Library steps", tomorrowAt(11)));
        chats.decline(ben.id, chat);
        assertTrue(events.contains(new CoffeeChatDeclined(chat, ana.id, ben.id)));
        assertEquals(0, chats.awaitingAnswer(ben.id, 0, 10).total());
        assertEquals(0, chats.proposed(ana.id, 0, 10).total());
        assertTrue(Await.until(Duration.ofSeconds(20), () -> Mailbox.subjectsFor(ana.email).contains("About your coffee chat with Test ben")));
        String text = Mailbox.textsFor(ana.email).stream().filter(mail -> mail.contains("this time")).findFirst().orElseThrow();
        assertTrue(text.contains("cannot make a coffee chat this time") && text.contains("welcome to propose"), text);

        long again = chats.propose(ana.id, ben.id, proposal(45, "Library steps", tomorrowAt(12)));
        long slot = chats.awaitingAnswer(ben.id, 0, 1).items().get(0).slots().get(0).id();
        assertEquals("chat", refusal(() -> chats.cancel(ben.id, again)).field(), "the invitee declines rather than withdraws");
        chats.cancel(ana.id, again);
        assertTrue(events.contains(new CoffeeChatCancelled(again, ana.id, ben.id)));
        assertEquals(0, chats.awaitingAnswer(ben.id, 0, 10).total());
        assertEquals("chat", refusal(() -> chats.choose(ben.id, again, slot)).field(), "a withdrawn proposal cannot be picked");
    }

    @Test
    void onlyConnectionsNotAcrossABlockNorWhileSnoozingNorTooMany() {
        Person ana = person("ana");
        Person stranger = person("stranger");
        CoffeeChats.Proposal fine = proposal(30, "Student union", tomorrowAt(10));
        assertEquals("person", refusal(() -> chats.propose(ana.id, stranger.id, fine)).field(), "not connected");
        assertFalse(chats.mayPropose(ana.id, stranger.id));
        assertEquals("person", refusal(() -> chats.propose(ana.id, ana.id, fine)).field());
        assertEquals("person", refusal(() -> chats.propose(ana.id, Long.MAX_VALUE, fine)).field());

        Person ben = person("ben");
        connect(ana, ben);
        assertTrue(chats.mayPropose(ana.id, ben.id));
        assertEquals("slot1", refusal(() -> chats.propose(ana.id, ben.id, proposal(30, "Here", LocalDateTime.now(chats.campusZone()).minusHours(1)))).field());
        assertEquals("slot2", refusal(() -> chats.propose(ana.id, ben.id, proposal(30, "Here", tomorrowAt(10), tomorrowAt(10)))).field());
        assertEquals("slot1", refusal(() -> chats.propose(ana.id, ben.id, proposal(30, "Here", tomorrowAt(10).plusDays(95)))).field());
        assertEquals("duration", refusal(() -> chats.propose(ana.id, ben.id, proposal(90, "Here", tomorrowAt(10)))).field());
        assertEquals("place", refusal(() -> chats.propose(ana.id, ben.id, proposal(30, " ", tomorrowAt(10)))).field());
        assertEquals("place", refusal(() -> chats.propose(ana.id, ben.id, proposal(30, "x".repeat(201), tomorrowAt(10)))).field());
        assertEquals("event", refusal(() -> chats.propose(ana.id, ben.id,
                new CoffeeChats.Proposal(List.of(tomorrowAt(10)), 30, "", 12345L))).field(), "no module lists events yet");
        assertEquals(0, count("SELECT COUNT(*) FROM networking_coffee_chat WHERE proposer_id = ?", ana.id), "refusals store nothing");

        snooze.snooze(ben.id, Instant.now().plus(Duration.ofDays(7)), "Back after finals.");
        Rejection snoozed = refusal(() -> chats.propose(ana.id, ben.id, fine));
        assertEquals("person", snoozed.field());
        assertTrue(snoozed.getMessage().contains("Back after finals."), snoozed.getMessage());
        snooze.wake(ben.id);

        chats.propose(ana.id, ben.id, fine);
        assertEquals("person", refusal(() -> chats.propose(ana.id, ben.id, fine)).field(), "one open proposal per pair");
        assertEquals("person", refusal(() -> chats.propose(ben.id, ana.id, fine)).field(), "either way");
        for (int i = 0; i < 4; i++) {
            Person friend = person("friend" + i);
            connect(ana, friend);
            chats.propose(ana.id, friend.id, fine);
        }
        Person sixth = person("sixth");
        connect(ana, sixth);
        Rejection tooMany = refusal(() -> chats.propose(ana.id, sixth.id, fine));
        assertEquals("person", tooMany.field());
        assertTrue(tooMany.getMessage().contains("5 coffee chat proposals"), tooMany.getMessage());

        Person cleo = person("cleo");
        connect(cleo, ben);
        blocks.block(ben.id, cleo.id);
        assertEquals("person", refusal(() -> chats.propose(cleo.id, ben.id, fine)).field(), "blocked");
        assertFalse(chats.mayPropose(ben.id, cleo.id));
    }

    @Test
    void eitherMayCancelBeforeItStartsAndBothGetACancellation() {
        Person ana = person("ana");
        Person ben = person("ben");
        connect(ana, ben);
        long chat = agreed(ana, ben);
        awaitCalendars(ana, 1);
        awaitCalendars(ben, 1);
        chats.cancel(ben.id, chat);
        assertTrue(events.contains(new CoffeeChatCancelled(chat, ben.id, ana.id)));
        assertEquals(0, chats.upcoming(ana.id, 0, 10).total());
        for (Person person : List.of(ana, ben)) {
            awaitCalendars(person, 2);
            String cancel = unfolded(Mailbox.calendarsFor(person.email).get(1));
            assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("STATUS:CANCELLED"), cancel);
            assertTrue(cancel.contains("UID:coffee-" + chat + "@quad"), "the same UID replaces the invitation");
            assertTrue(cancel.contains("SEQUENCE:1"), cancel);
        }
        assertTrue(chats.invitation(ana.id, chat).isEmpty());

        long started = agreed(ana, ben);
        execute("UPDATE networking_coffee_chat SET starts_at = NOW(6) - INTERVAL 5 MINUTE, ends_at = NOW(6) + INTERVAL 25 MINUTE"
                + " WHERE id = ?", started);
        assertEquals("chat", refusal(() -> chats.cancel(ana.id, started)).field(), "too late once it has started");
    }

    @Test
    void weMetOnlyAfterTheChatAndOnlyWhenBothSaySo() {
        Person ana = person("ana");
        Person ben = person("ben");
        Person staff = person("staff", Role.STAFF);
        connect(ana, ben);
        long before = chats.metInPersonSince(staff.id, Instant.EPOCH);
        long chat = agreed(ana, ben);
        assertEquals("chat", refusal(() -> chats.confirmMet(ana.id, chat)).field(), "not before it has happened");
        execute("UPDATE networking_coffee_chat SET starts_at = NOW(6) - INTERVAL 2 HOUR, ends_at = NOW(6) - INTERVAL 90 MINUTE"
                + " WHERE id = ?", chat);
        assertEquals(0, chats.upcoming(ana.id, 0, 10).total());
        assertEquals(1, chats.past(ana.id, 0, 10).total());

        chats.confirmMet(ana.id, chat);
        chats.confirmMet(ana.id, chat);
        assertNull(metAt(ana, ben), "one side is not enough");
        assertFalse(connections.connectionsOf(ana.id, 0, 10).items().get(0).metInPerson());
        Chat mine = chats.past(ana.id, 0, 10).items().get(0);
        assertTrue(mine.iSaidWeMet() && !mine.theySaidWeMet());
        assertTrue(chats.past(ben.id, 0, 10).items().get(0).theySaidWeMet());
        assertEquals("chat", refusal(() -> chats.confirmMet(person("cleo").id, chat)).field());

        chats.confirmMet(ben.id, chat);
        assertNotNull(metAt(ana, ben));
        long connection = connections.connectionsOf(ana.id, 0, 10).items().get(0).connectionId();
        assertTrue(events.contains(new MetInPerson(connection, ana.id, ben.id)));
        assertTrue(connections.connectionsOf(ana.id, 0, 10).items().get(0).metInPerson(), "shown to the two of them");
        assertTrue(connections.connectionsOf(ben.id, 0, 10).items().get(0).metInPerson());

        assertEquals(before + 1, chats.metInPersonSince(staff.id, Instant.EPOCH));
        CoffeeChats.Month thisMonth = chats.byMonth(staff.id, 12).get(0);
        assertTrue(thisMonth.met() >= 1 && thisMonth.agreed() >= 1, thisMonth.toString());
        assertEquals(12, chats.byMonth(staff.id, 12).size());
        assertEquals("staff", refusal(() -> chats.byMonth(ana.id, 12)).field(), "figures are for staff");
    }

    @Test
    void blockingCancelsWhatIsOpenBetweenTheTwo() {
        Person ana = person("ana");
        Person ben = person("ben");
        connect(ana, ben);
        long chat = agreed(ana, ben);
        awaitCalendars(ben, 1);
        blocks.block(ana.id, ben.id);
        assertEquals(0, chats.upcoming(ben.id, 0, 10).total());
        assertEquals(1, count("SELECT COUNT(*) FROM networking_coffee_chat WHERE id = ? AND status = 'CANCELLED'", chat));
        awaitCalendars(ben, 2);
        assertTrue(Mailbox.calendarsFor(ben.email).get(1).contains("METHOD:CANCEL"), "no one waits at the café in vain");
    }

    @Test
    void erasingAPersonCancelsTheirChatsForTheOtherAndLeavesNoRows() {
        Person ana = person("ana");
        Person ben = person("ben");
        connect(ana, ben);
        long chat = agreed(ana, ben);
        long past = agreed(ana, ben);
        execute("UPDATE networking_coffee_chat SET starts_at = NOW(6) - INTERVAL 2 HOUR, ends_at = NOW(6) - INTERVAL 90 MINUTE"
                + " WHERE id = ?", past);
        chats.confirmMet(ben.id, past);
        awaitCalendars(ana, 2);

        erasure.erase(ben.id, PASSWORD);

        assertEquals(0, count("SELECT COUNT(*) FROM networking_coffee_chat WHERE proposer_id = ? OR invitee_id = ?", ben.id, ben.id));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_coffee_slot WHERE chat_id IN (?, ?)", chat, past));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_coffee_met WHERE account_id = ?", ben.id));
        awaitCalendars(ana, 3);
        String cancel = unfolded(Mailbox.calendarsFor(ana.email).get(2));
        assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("UID:coffee-" + chat + "@quad"), cancel);
        assertFalse(cancel.contains("Test ben"), "the erased person is not named");
    }

    private long agreed(Person proposer, Person invitee) {
        long chat = chats.propose(proposer.id, invitee.id, proposal(30, "Student union caf\u00e9", tomorrowAt(9)));
        chats.choose(invitee.id, chat, chats.awaitingAnswer(invitee.id, 0, 1).items().get(0).slots().get(0).id());
        return chat;
    }

    /** iCalendar folds lines longer than 75 octets; a reader joins them again. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private void awaitCalendars(Person person, int count) {
        assertTrue(Await.until(Duration.ofSeconds(20), () -> Mailbox.calendarsFor(person.email).size() >= count),
                count + " calendar mails to " + person.email + ", got " + Mailbox.calendarsFor(person.email).size());
    }

    private Instant metAt(Person a, Person b) {
        try (Connection connection = db.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT met_at FROM networking_connection WHERE low_id = ? AND high_id = ?")) {
            statement.setLong(1, Math.min(a.id, b.id));
            statement.setLong(2, Math.max(a.id, b.id));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                java.sql.Timestamp at = rows.getTimestamp(1);
                return at == null ? null : at.toInstant();
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Tomorrow at the hour on the campus clock. */
    private LocalDateTime tomorrowAt(int hour) {
        return LocalDateTime.now(chats.campusZone()).plusDays(1).withHour(hour).truncatedTo(ChronoUnit.HOURS);
    }

    private static CoffeeChats.Proposal proposal(int minutes, String place, LocalDateTime... times) {
        return new CoffeeChats.Proposal(Arrays.asList(times), minutes, place, null);
    }

    private void connect(Person a, Person b) {
        connections.accept(b.id, connections.request(a.id, b.id, NOTE));
    }

    private static Rejection refusal(Runnable action) {
        return assertThrows(Rejection.class, action::run);
    }

    private record Person(long id, String email) {
    }

    private Person person(String name, Role... roles) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        Set<Role> held = roles.length == 0 ? Set.of(Role.STUDENT) : Set.of(roles);
        return new Person(accounts.register(new NewAccount(email, "Test " + name, PASSWORD, held, null)), email);
    }

    private long count(String sql, Object... params) {
        return Sql.count(db, sql, params);
    }

    private void execute(String sql, Object... params) {
        Sql.execute(db, sql, params);
    }
}
