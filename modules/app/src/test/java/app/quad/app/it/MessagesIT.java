package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.app.it.support.EventLog;
import app.quad.identity.AccountAdministration;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.ProfileSection;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.Visibility;
import app.quad.networking.Blocks;
import app.quad.networking.Connections;
import app.quad.networking.ConversationState;
import app.quad.networking.ConversationSummary;
import app.quad.networking.Message;
import app.quad.networking.MessageReported;
import app.quad.networking.MessageSent;
import app.quad.networking.Messages;
import app.quad.networking.ThreadPage;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ReportReason;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-to-one messages on the real server (the two browsers are in MessagesWebIT). */
@ExtendWith(ArquillianExtension.class)
class MessagesIT {

    private static final String PASSWORD = "harbour lantern violet 88";
    private static final String NOTE = "We were in the same data science lab this fall.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Messages messages;

    @Inject
    Connections connections;

    @Inject
    Blocks blocks;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    AccountAdministration administration;

    @Inject
    EventLog events;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void connectionsWriteFreelyAndUnreadCountsFollowWhatWasRead() {
        long ana = student("ana");
        long ben = student("ben");
        connect(ana, ben);
        long first = messages.send(ana, ben, "  Are you going to the robotics fair?\n", null);
        long conversation = messages.with(ana, ben).orElseThrow().conversationId();
        assertTrue(events.contains(new MessageSent(first, conversation, ana, ben)));
        assertEquals(ConversationState.ACTIVE, messages.with(ben, ana).orElseThrow().state(), "no request between connections");
        assertEquals(1, messages.unreadCount(ben));
        assertEquals(0, messages.unreadCount(ana), "one's own message is read");
        assertEquals(0, messages.requestCount(ben));
        ConversationSummary line = messages.inbox(ben, 0, 10).items().get(0);
        assertTrue(line.unread());
        assertEquals("Are you going to the robotics fair?", line.snippet(), "stored trimmed");
        assertEquals("Test ana", line.otherName());

        ThreadPage thread = messages.thread(ben, conversation, null, 30, null);
        assertEquals(List.of(first), thread.messages().stream().map(Message::messageId).toList());
        messages.markRead(ben, conversation, first);
        assertEquals(0, messages.unreadCount(ben));
        assertFalse(messages.inbox(ben, 0, 10).items().get(0).unread());

        long reply = messages.send(ben, ana, "Yes, see you there!", null);
        assertEquals(1, messages.unreadCount(ana));
        assertEquals(List.of(reply), messages.after(ana, conversation, first, 10).stream().map(Message::messageId).toList(),
                "what a page showing the first message polls for");
        messages.markRead(ana, conversation, first);
        assertEquals(1, messages.unreadCount(ana), "read up to the first message only");
        messages.markRead(ana, conversation, Long.MAX_VALUE);
        assertEquals(0, messages.unreadCount(ana), "never beyond the newest message");

        long cleo = student("cleo");
        connect(ana, cleo);
        messages.send(cleo, ana, "Lunch tomorrow?", null);
        List<Long> order = messages.inbox(ana, 0, 10).items().stream().map(ConversationSummary::otherId).toList();
        assertEquals(List.of(cleo, ben), order, "newest conversation first");
        assertEquals(1, count("SELECT COUNT(*) FROM networking_conversation WHERE low_id = ? AND high_id = ?",
                Math.min(ana, ben), Math.max(ana, ben)), "one conversation per pair");
    }

    @Test
    void aStrangersFirstMessageIsARequestAndADeclineIsNotShownToTheSender() {
        long cleo = student("cleo");
        long dan = student("dan");
        messages.send(cleo, dan, "Hi Dan, I saw your poster on coastal erosion.", null);
        long conversation = messages.with(dan, cleo).orElseThrow().conversationId();
        assertEquals(1, messages.requestCount(dan));
        assertEquals(0, messages.inbox(dan, 0, 10).total(), "requests wait apart from the inbox");
        assertEquals(0, messages.unreadCount(dan));
        assertEquals(ConversationState.REQUEST_RECEIVED, messages.with(dan, cleo).orElseThrow().state());
        assertEquals(ConversationState.REQUEST_SENT, messages.with(cleo, dan).orElseThrow().state());
        assertEquals(1, messages.inbox(cleo, 0, 10).total(), "the sender sees the conversation");
        Rejection waiting = refusal(() -> messages.send(cleo, dan, "Hello again?", null));
        assertEquals("person", waiting.field());

        messages.decline(dan, conversation);
        assertEquals(0, messages.requestCount(dan));
        assertEquals(ConversationState.DECLINED, messages.with(dan, cleo).orElseThrow().state());
        assertEquals(ConversationState.REQUEST_SENT, messages.with(cleo, dan).orElseThrow().state(), "the sender is not told");
        Rejection afterDecline = refusal(() -> messages.send(cleo, dan, "Hello again?", null));
        assertEquals(waiting.getMessage(), afterDecline.getMessage(), "refused exactly as while waiting");
        assertEquals(1, count("SELECT COUNT(*) FROM networking_message WHERE conversation_id = ?", conversation));

        messages.send(dan, cleo, "Sorry, I missed this. Happy to talk!", null);
        assertEquals(ConversationState.ACTIVE, messages.with(cleo, dan).orElseThrow().state(), "writing back accepts");
        messages.send(cleo, dan, "Great, thanks!", null);

        long eve = student("eve");
        long fay = student("fay");
        messages.send(eve, fay, "Could I ask about your internship?", null);
        messages.accept(fay, messages.with(fay, eve).orElseThrow().conversationId());
        assertEquals(1, messages.inbox(fay, 0, 10).total());
        assertEquals(1, messages.unreadCount(fay), "accepted: in the inbox, still to be read");
        messages.send(eve, fay, "Thank you!", null);

        long gus = student("gus");
        long hal = student("hal");
        messages.send(gus, hal, "We met at the career fair, shall we connect?", null);
        connect(gus, hal);
        assertEquals(ConversationState.ACTIVE, messages.with(gus, hal).orElseThrow().state(), "connecting ends the request");
        assertEquals(0, messages.requestCount(hal));
    }

    @Test
    void badMessagesAreRefusedAndStoreNothing() {
        long ana = student("ana");
        long ben = student("ben");
        connect(ana, ben);
        assertEquals("body", refusal(() -> messages.send(ana, ben, "", null)).field());
        assertEquals("body", refusal(() -> messages.send(ana, ben, " \n\t ", null)).field());
        assertEquals("body", refusal(() -> messages.send(ana, ben, null, null)).field());
        Rejection tooLong = refusal(() -> messages.send(ana, ben, "x".repeat(Messages.MAX_LENGTH + 1), null));
        assertEquals("body", tooLong.field());
        assertTrue(tooLong.getMessage().contains("2,000"), tooLong.getMessage());
        assertEquals("person", refusal(() -> messages.send(ana, ana, "Note to self", null)).field());
        assertEquals("person", refusal(() -> messages.send(ana, Long.MAX_VALUE, "Hello?", null)).field());
        assertEquals(0, count("SELECT COUNT(*) FROM networking_message WHERE sender_id = ?", ana));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_conversation WHERE low_id = ? OR high_id = ?", ana, ana));

        messages.send(ana, ben, "x".repeat(Messages.MAX_LENGTH), null);
        String script = "<script>alert('x')</script> <img src=x onerror=alert(1)>";
        long id = messages.send(ana, ben, script, null);
        long conversation = messages.with(ana, ben).orElseThrow().conversationId();
        Message stored = messages.thread(ben, conversation, null, 1, null).messages().get(0);
        assertEquals(id, stored.messageId());
        assertEquals(script, stored.text(), "kept as text; pages escape it");
    }

    @Test
    void nobodyWritesAcrossABlockEitherWay() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        connect(ana, ben);
        messages.send(ana, ben, "Hello Ben", null);
        messages.send(cleo, ana, "Hi Ana, a question about the robotics club.", null);
        assertEquals(1, messages.requestCount(ana));

        blocks.block(ana, ben);
        blocks.block(ana, cleo);
        assertEquals("person", refusal(() -> messages.send(ben, ana, "Why?", null)).field());
        assertEquals("person", refusal(() -> messages.send(ana, ben, "Bye", null)).field());
        assertEquals(0, messages.requestCount(ana), "a blocked person's request leaves the requests");
        assertEquals(ConversationState.REQUEST_SENT, messages.with(cleo, ana).orElseThrow().state(), "and they are not told");
        assertEquals("person", refusal(() -> messages.send(cleo, ana, "Hello?", null)).field());

        long dan = student("dan");
        blocks.block(dan, ana);
        assertEquals("person", refusal(() -> messages.send(ana, dan, "Hi Dan", null)).field(), "no new conversation either");
        assertEquals(0, count("SELECT COUNT(*) FROM networking_participant WHERE account_id = ? AND other_id = ?", ana, dan));
    }

    @Test
    void employersCannotWriteToStudentsWhoLeftTheDirectory() {
        long student = student("optout");
        long employer = employerOf(verifiedOrganisation(), "hr");
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.EMPLOYERS);
        profiles.setDirectoryOptOut(student, true);
        assertEquals("person", refusal(() -> messages.send(employer, student, "We have an opening for you.", null)).field());
        assertEquals(0, count("SELECT COUNT(*) FROM identity_disclosure WHERE student_id = ?", student),
                "deciding whether one may write is not a view of the profile");

        profiles.setDirectoryOptOut(student, false);
        messages.send(employer, student, "We have an opening for you.", null);
        assertEquals(ConversationState.REQUEST_RECEIVED, messages.with(student, employer).orElseThrow().state());
    }

    @Test
    void anOrganisationStartsOnlySoManyConversationsWithStudentsPerTerm() {
        long organisation = verifiedOrganisation();
        long recruiter = employerOf(organisation, "one");
        long colleague = employerOf(organisation, "two");
        long elsewhere = employerOf(verifiedOrganisation(), "other");
        long first = employableStudent("first");
        messages.send(recruiter, first, "Would you like to hear about our graduate programme?", null);
        assertEquals(1, count("SELECT started FROM networking_outreach WHERE organisation_id = ?", organisation));

        // The default quota is 200 per term; the organisation has now used it all this term.
        execute("UPDATE networking_outreach SET started = 200 WHERE organisation_id = ?", organisation);
        long second = employableStudent("second");
        Rejection refused = refusal(() -> messages.send(colleague, second, "Hello from the team!", null));
        assertEquals("quota", refused.field());
        assertTrue(refused.getMessage().contains("You can start new ones from"), refused.getMessage());
        assertEquals(200, count("SELECT started FROM networking_outreach WHERE organisation_id = ?", organisation),
                "the refused one does not count");
        assertTrue(messages.with(colleague, second).isEmpty());

        messages.send(first, recruiter, "Yes, tell me more.", null);
        messages.send(recruiter, first, "Here are the details.", null);
        messages.send(second, colleague, "Hello, I saw your posting.", null);
        messages.send(colleague, second, "Thanks for writing!", null);
        messages.send(elsewhere, employableStudent("third"), "Hello from another company.", null);

        long connectedStudent = employableStudent("connected");
        connect(connectedStudent, colleague);
        messages.send(colleague, connectedStudent, "Good to be connected.", null);
        assertEquals(200, count("SELECT started FROM networking_outreach WHERE organisation_id = ?", organisation),
                "replies and connections do not count");

        execute("UPDATE networking_outreach SET term_start = '2000-01-01' WHERE organisation_id = ?", organisation);
        messages.send(colleague, employableStudent("next.term"), "A new term, a new start.", null);
        assertEquals(1, count("SELECT started FROM networking_outreach WHERE organisation_id = ? AND term_start > '2000-01-01'",
                organisation), "a past term's count does not limit this one");
    }

    @Test
    void sendingTooFastIsRefusedWithWhenToTryAgain() {
        long ana = student("ana");
        long ben = student("ben");
        connect(ana, ben);
        for (int i = 0; i < 20; i++) {
            messages.send(ana, ben, "Message " + i, null);
        }
        Rejection refused = refusal(() -> messages.send(ana, ben, "One more", null));
        assertEquals("rate", refused.field());
        assertTrue(refused.getMessage().matches(".*you can send the next one in \\d+ seconds\\."), refused.getMessage());
        assertEquals(20, count("SELECT COUNT(*) FROM networking_message WHERE sender_id = ?", ana));
        messages.send(ben, ana, "Ben is not limited by Ana's pace", null);
    }

    @Test
    void aFormPostedTwiceMakesOneMessage() throws Exception {
        long ana = student("ana");
        long ben = student("ben");
        connect(ana, ben);
        String token = UUID.randomUUID().toString();
        long id = messages.send(ana, ben, "Posted twice", token);
        assertEquals(id, messages.send(ana, ben, "Posted twice", token));
        assertEquals(1, count("SELECT COUNT(*) FROM networking_message WHERE sender_id = ?", ana));
        assertEquals(1, events.events().stream().filter(event -> event instanceof MessageSent sent && sent.messageId() == id).count());

        String raced = UUID.randomUUID().toString();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<Long>> posts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            posts.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return messages.send(ana, ben, "Double click", raced);
            }));
        }
        assertEquals(posts.get(0).get(30, TimeUnit.SECONDS), posts.get(1).get(30, TimeUnit.SECONDS));
        assertEquals(2, count("SELECT COUNT(*) FROM networking_message WHERE sender_id = ?", ana));
        messages.send(ana, ben, "Double click", UUID.randomUUID().toString());
        assertEquals(3, count("SELECT COUNT(*) FROM networking_message WHERE sender_id = ?", ana), "a new form, a new message");
    }

    @Test
    void searchFindsTextInOnesOwnConversationsOnly() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        long dan = student("dan");
        connect(ana, ben);
        connect(ana, cleo);
        messages.send(ana, ben, "Shall we meet at the Robotics fair?", null);
        messages.send(ben, ana, "Sure, 100% yes", null);
        messages.send(cleo, ana, "Lunch at noon? I am 100 percent hungry", null);
        messages.send(dan, cleo, "robotics question for you", null);

        List<Long> found = messages.search(ana, "robotics", 0, 10).items().stream().map(ConversationSummary::otherId).toList();
        assertEquals(List.of(ben), found, "case does not matter; other people's conversations are not searched");
        assertEquals(List.of(ben), messages.search(ana, "100%", 0, 10).items().stream().map(ConversationSummary::otherId).toList(),
                "% is a character, not a wildcard");
        assertEquals(2, messages.search(ana, "100", 0, 10).total());
        assertEquals(0, messages.search(ana, "nothing like this", 0, 10).total());
        assertEquals("query", refusal(() -> messages.search(ana, "x".repeat(101), 0, 10)).field());

        long conversation = messages.with(ana, ben).orElseThrow().conversationId();
        List<String> within = messages.thread(ana, conversation, null, 10, "YES").messages().stream().map(Message::text).toList();
        assertEquals(List.of("Sure, 100% yes"), within);
        assertTrue(messages.thread(dan, conversation, null, 10, null).messages().isEmpty(), "not a participant: nothing");
        assertTrue(messages.after(dan, conversation, 0, 10).isEmpty());
    }

    @Test
    void earlierMessagesComeAPageAtATime() {
        long ana = student("ana");
        long ben = student("ben");
        connect(ana, ben);
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            sent.add(messages.send(i % 2 == 0 ? ana : ben, i % 2 == 0 ? ben : ana, "Message " + i, null));
        }
        long conversation = messages.with(ana, ben).orElseThrow().conversationId();
        ThreadPage newest = messages.thread(ana, conversation, null, 30, null);
        assertTrue(newest.earlier());
        assertEquals(sent.subList(5, 35), newest.messages().stream().map(Message::messageId).toList(), "oldest first");
        ThreadPage older = messages.thread(ana, conversation, newest.messages().get(0).messageId(), 30, null);
        assertFalse(older.earlier());
        assertEquals(sent.subList(0, 5), older.messages().stream().map(Message::messageId).toList());
    }

    @Test
    void aReportReachesTheModeratorsOnce() {
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        long message = messages.send(ana, ben, "Send me your bank details to get the job", null);
        assertTrue(messages.report(ben, message, ReportReason.SCAM, ""));
        assertTrue(events.contains(new MessageReported(message, ben, ana, ReportReason.SCAM, "")));
        assertFalse(messages.report(ben, message, ReportReason.SCAM, ""), "reporting again changes nothing");
        assertEquals(1, events.events().stream().filter(event -> event instanceof MessageReported reported
                && reported.messageId() == message).count());
        assertEquals(1, count("SELECT COUNT(*) FROM networking_message_report WHERE message_id = ?", message));
        assertEquals("message", refusal(() -> messages.report(ana, message, ReportReason.SCAM, "")).field(), "not one's own message");
        assertEquals("message", refusal(() -> messages.report(cleo, message, ReportReason.SCAM, "")).field(), "not someone else's conversation");
        assertEquals("message", refusal(() -> messages.report(ben, Long.MAX_VALUE, ReportReason.SCAM, "")).field());
    }

    @Test
    void aSuspendedSendersMessagesAreHiddenUntilReactivated() {
        long admin = register("admin", Role.ADMIN, null);
        long ana = student("ana");
        long ben = student("ben");
        long cleo = student("cleo");
        connect(ana, ben);
        messages.send(ben, ana, "Hi Ana, how are you?", null);
        messages.send(ana, ben, "Buy cheap essays at my site", null);
        messages.send(ana, cleo, "Buy cheap essays at my site", null);
        long conversation = messages.with(ben, ana).orElseThrow().conversationId();

        administration.suspend(admin, ana, "Spam reported by several students");
        assertEquals(0, messages.inbox(ben, 0, 10).total());
        assertEquals(0, messages.unreadCount(ben));
        assertEquals(0, messages.requestCount(cleo));
        assertEquals(0, messages.search(ben, "essays", 0, 10).total());
        assertEquals(List.of("Hi Ana, how are you?"),
                messages.thread(ben, conversation, null, 10, null).messages().stream().map(Message::text).toList(),
                "only one's own messages are left");
        assertTrue(messages.with(ben, ana).orElseThrow().otherHidden());
        assertEquals("person", refusal(() -> messages.send(ben, ana, "Hello?", null)).field());

        administration.reactivate(admin, ana);
        assertEquals(1, messages.inbox(ben, 0, 10).total());
        assertEquals(2, messages.thread(ben, conversation, null, 10, null).messages().size());
        assertEquals(1, messages.requestCount(cleo));
    }

    private void connect(long a, long b) {
        connections.accept(b, connections.request(a, b, NOTE));
    }

    private static Rejection refusal(Runnable action) {
        return assertThrows(Rejection.class, action::run);
    }

    private long student(String name) {
        return register(name, Role.STUDENT, null);
    }

    /** A student whose profile verified employers may see. */
    private long employableStudent(String name) {
        long student = student(name);
        profiles.setVisibility(student, ProfileSection.PROFILE, Visibility.EMPLOYERS);
        return student;
    }

    private long register(String name, Role role, Long organisationId) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), organisationId));
    }

    private long verifiedOrganisation() {
        String tag = Long.toString(System.nanoTime());
        long staff = register("verifier", Role.STAFF, null);
        return organisations.addVerified(staff, "Employer " + tag, "https://e" + tag + ".example.com", "e" + tag + ".example.com");
    }

    private long employerOf(long organisation, String name) {
        String domain = organisations.find(organisation).orElseThrow().emailDomain();
        return accounts.register(new NewAccount(name + "." + System.nanoTime() + "@" + domain, "Recruiter " + name, PASSWORD,
                Set.of(Role.EMPLOYER), organisation));
    }

    private long count(String sql, Object... params) {
        return Sql.count(db, sql, params);
    }

    private void execute(String sql, Object... params) {
        Sql.execute(db, sql, params);
    }
}
