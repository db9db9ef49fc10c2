package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountSanctions;
import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.identity.EducationEntry;
import app.quad.identity.NewAccount;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.Organisations;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.Viewer;
import app.quad.identity.internal.SuspensionSweep;
import app.quad.groups.Discussions;
import app.quad.groups.GroupCategory;
import app.quad.groups.GroupSummary;
import app.quad.groups.GroupVisibility;
import app.quad.groups.Groups;
import app.quad.groups.NewGroup;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import app.quad.moderation.AuditLog;
import app.quad.moderation.AuditRecord;
import app.quad.moderation.CaseDetails;
import app.quad.moderation.CaseStatus;
import app.quad.moderation.CaseSummary;
import app.quad.moderation.Limits;
import app.quad.moderation.Moderation;
import app.quad.moderation.MyReport;
import app.quad.moderation.QueueOrder;
import app.quad.moderation.ScreeningRule;
import app.quad.moderation.ScreeningRules;
import app.quad.moderation.internal.CounterPurge;
import app.quad.networking.Feed;
import app.quad.networking.Message;
import app.quad.networking.Messages;
import app.quad.networking.PostAudience;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.Screening;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation on the real server, with networking and identity as the owning modules: reports
 * grouped into cases, the hiding threshold, each action carried out by the owner, appeals, the
 * audit log and screening.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Moderation moderation;

    @Inject
    AuditLog auditLog;

    @Inject
    ScreeningRules rules;

    @Inject
    Feed feed;

    @Inject
    Groups groups;

    @Inject
    Discussions discussions;

    @Inject
    Events events;

    @Inject
    Postings postings;

    @Inject
    Messages messages;

    @Inject
    app.quad.networking.Connections connections;

    @Inject
    app.quad.networking.Blocks blocks;

    @Inject
    Accounts accounts;

    @Inject
    AccountSanctions sanctions;

    @Inject
    AccountAdministration administration;

    @Inject
    Organisations organisations;

    @Inject
    Profiles profiles;

    @Inject
    CounterPurge counterPurge;

    @Inject
    SuspensionSweep suspensionSweep;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void reportsOfOneItemAreOneCaseAndEnoughReportersHideIt() {
        long author = person("author", Role.STUDENT);
        long post = feed.publish(author, "Selling my old textbooks, cheap", PostAudience.CAMPUS);
        ReportTarget target = new ReportTarget("networking.post", post);
        long first = person("first", Role.STUDENT);
        long second = person("second", Role.ALUMNI);
        long third = person("third", Role.STUDENT);
        long moderator = person("moderator", Role.MODERATOR);

        // Through networking's own form (PostReported) and through moderation's page: one case either way.
        feed.report(first, post, ReportReason.SPAM, "");
        feed.report(first, post, ReportReason.SPAM, "again");
        assertTrue(moderation.report(second, target, ReportReason.SCAM, "Asked me to pay first"));
        assertFalse(moderation.report(second, target, ReportReason.SCAM, ""), "a second report by the same member counts once");
        CaseSummary found = caseOf(moderator, target);
        assertEquals(2, found.reportCount());
        assertFalse(found.hidden());
        assertTrue(feed.post(third, post).isPresent(), "still visible below the threshold");

        assertEquals("item", refusal(() -> moderation.report(author, target, ReportReason.SPAM, "")).field(), "not one's own");
        assertEquals("detail", refusal(() -> moderation.report(third, target, ReportReason.OTHER, " ")).field(), "OTHER needs words");
        assertEquals("reason", refusal(() -> moderation.report(third, target, null, "")).field());
        assertEquals("item", refusal(() -> moderation.report(third, new ReportTarget("networking.post", Long.MAX_VALUE),
                ReportReason.SPAM, "")).field(), "nothing to report");
        assertEquals("detail", refusal(() -> moderation.report(third, target, ReportReason.SPAM, "x".repeat(1001))).field());

        moderation.report(third, target, ReportReason.HARASSMENT, "");
        found = caseOf(moderator, target);
        assertEquals(3, found.reportCount());
        assertTrue(found.hidden(), "three distinct members hide it pending review");
        assertTrue(feed.post(first, post).isEmpty(), "hidden from the feed");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND hidden = TRUE", post));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_kind = 'networking.post' AND target_id = ?", post));

        // The queue filters by kind and reason, and sorts by the number of reports.
        assertTrue(moderation.queue(moderator, CaseStatus.OPEN, "networking.post", ReportReason.HARASSMENT, QueueOrder.MOST_REPORTED, 0, 50)
                .items().stream().anyMatch(c -> c.id() == caseOf(moderator, target).id()));
        assertTrue(moderation.queue(moderator, CaseStatus.OPEN, "identity.member", ReportReason.HARASSMENT, QueueOrder.NEWEST, 0, 50)
                .items().stream().noneMatch(c -> c.target().equals(target)));
        assertTrue(moderation.queue(moderator, CaseStatus.OPEN, null, ReportReason.FAKE_PROFILE, QueueOrder.NEWEST, 0, 500)
                .items().stream().noneMatch(c -> c.target().equals(target)));
        assertThrows(SecurityException.class, () -> moderation.queue(first, null, null, null, QueueOrder.NEWEST, 0, 10),
                "members do not see the queue");

        CaseDetails details = moderation.details(moderator, found.id()).orElseThrow();
        assertEquals(3, details.reports().size());
        assertEquals("Selling my old textbooks, cheap", details.item().text());
        assertEquals(author, details.author().accountId());
        assertEquals(AccountStatus.ACTIVE, details.author().status());

        // Dismissing shows it again and tells the reporters.
        moderation.decide(moderator, found.id(), ModerationAction.DISMISS, "A private sale is allowed", null);
        assertTrue(feed.post(first, post).isPresent());
        assertEquals("Reviewed: moderators found it within the rules", outcomeFor(first, found.id()));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.outcome'",
                third));
        // A later report opens a new case.
        long fourth = person("fourth", Role.STUDENT);
        moderation.report(fourth, target, ReportReason.SPAM, "");
        assertEquals(2, Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_kind = 'networking.post' AND target_id = ?", post));
    }

    @Test
    void eachActionIsCarriedOutByTheModuleThatOwnsTheItem() {
        long moderator = person("moderator", Role.MODERATOR);
        long reporter = person("reporter", Role.STUDENT);
        long student = person("student", Role.STUDENT);

        // REMOVE: networking takes the post down for good.
        long spammer = person("spammer", Role.STUDENT);
        long post = feed.publish(spammer, "Buy followers now", PostAudience.CAMPUS);
        long removeCase = reported(reporter, "networking.post", post, moderator);
        assertThrows(SecurityException.class, () -> moderation.decide(student, removeCase, ModerationAction.REMOVE, "spam", null));
        assertEquals("reason", refusal(() -> moderation.decide(moderator, removeCase, ModerationAction.REMOVE, " ", null)).field());
        moderation.decide(moderator, removeCase, ModerationAction.REMOVE, "Spam", null);
        assertTrue(feed.post(reporter, post).isEmpty());
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND removed_at IS NOT NULL", post));
        assertEquals("Removed by moderators", outcomeFor(reporter, removeCase));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.decision'",
                spammer), "the author is told");

        // WARN: the author gets the moderator's words; the post stays.
        long rude = person("rude", Role.STUDENT);
        long rudePost = feed.publish(rude, "You are all idiots", PostAudience.CAMPUS);
        long warnCase = reported(reporter, "networking.post", rudePost, moderator);
        moderation.decide(moderator, warnCase, ModerationAction.WARN, "Please keep it civil", null);
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.decision'"
                + " AND text LIKE '%Please keep it civil%'", rude));
        assertTrue(feed.post(reporter, rudePost).isPresent());

        // REMOVE a comment: it leaves the post's comments.
        long comment = feed.comment(rude, rudePost, "And you are the worst");
        long commentCase = reported(reporter, "networking.comment", comment, moderator);
        moderation.decide(moderator, commentCase, ModerationAction.REMOVE, "Insults", null);
        assertTrue(feed.comments(reporter, rudePost, 0, 20).items().stream().noneMatch(c -> c.id() == comment));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_post_comment WHERE id = ? AND removed_at IS NOT NULL", comment));

        // SUSPEND for a period, through identity: the account stops and its posts leave the feed.
        long harasser = person("harasser", Role.STUDENT);
        long harassing = feed.publish(harasser, "I know where you live", PostAudience.CAMPUS);
        long suspendCase = reported(reporter, "networking.post", harassing, moderator);
        assertEquals("until", refusal(() -> moderation.decide(moderator, suspendCase, ModerationAction.SUSPEND, "Threats", null)).field());
        Instant until = Instant.now().plus(Duration.ofDays(7));
        moderation.decide(moderator, suspendCase, ModerationAction.SUSPEND, "Threats", until);
        assertEquals(AccountStatus.SUSPENDED, accounts.find(harasser).orElseThrow().status());
        assertNotNull(sanctions.standing(harasser).orElseThrow().suspendedUntil());
        assertTrue(feed.post(reporter, harassing).isEmpty(), "a suspended author's posts leave the feed");

        // BAN a reported member (identity.member): suspended without end.
        long fake = person("fake", Role.ALUMNI);
        long banCase = reported(reporter, "identity.member", fake, moderator);
        moderation.decide(moderator, banCase, ModerationAction.BAN, "Impersonating a professor", null);
        assertEquals(AccountStatus.SUSPENDED, accounts.find(fake).orElseThrow().status());
        assertTrue(sanctions.standing(fake).orElseThrow().banned());
        assertEquals("Moderators suspended its author's account", outcomeFor(reporter, banCase));

        // REQUIRE_REVERIFICATION: back to unconfirmed.
        long odd = person("odd", Role.STUDENT);
        long verifyCase = reported(reporter, "identity.member", odd, moderator);
        moderation.decide(moderator, verifyCase, ModerationAction.REQUIRE_REVERIFICATION, "Looks like a bought account", null);
        assertEquals(AccountStatus.UNVERIFIED, accounts.find(odd).orElseThrow().status());

        // REMOVE an organisation: identity turns it down.
        long staff = person("staff", Role.STAFF);
        String tag = Long.toString(System.nanoTime());
        long organisation = organisations.addVerified(staff, "Quick Cash " + tag, "https://q" + tag + ".example.com", "q" + tag + ".example.com");
        long orgCase = reported(reporter, "identity.organisation", organisation, moderator);
        moderation.decide(moderator, orgCase, ModerationAction.REMOVE, "Not a real employer", null);
        assertEquals(OrganisationStatus.REJECTED, organisations.find(organisation).orElseThrow().status());
        assertEquals("action", refusal(() -> moderation.decide(moderator, orgCase, ModerationAction.WARN, "Nobody answers for it", null))
                .field(), "an organisation without people has no author to act on");

        // REMOVE a message: only the recipient could report it, and it leaves the conversation.
        long sender = person("sender", Role.STUDENT);
        long message = messages.send(sender, reporter, "Send me your password", null);
        assertTrue(moderation.reportable(student, new ReportTarget("networking.message", message)).isEmpty(),
                "a message exists only for the two people in the conversation");
        long messageCase = reported(reporter, "networking.message", message, moderator);
        moderation.decide(moderator, messageCase, ModerationAction.REMOVE, "Phishing", null);
        long conversation = messages.with(reporter, sender).orElseThrow().conversationId();
        assertTrue(messages.thread(reporter, conversation, null, 20, null).messages().stream().map(Message::messageId)
                .noneMatch(id -> id == message));
    }

    @Test
    void aSuspensionForAPeriodEndsByItselfAndThePostsComeBack() throws Exception {
        long moderator = person("moderator", Role.MODERATOR);
        long author = person("author", Role.STUDENT);
        long reader = person("reader", Role.STUDENT);
        long post = feed.publish(author, "Back after a short break", PostAudience.CAMPUS);
        sanctions.suspend(moderator, author, Instant.now().plusMillis(1500), "A short break");
        suspensionSweep.lift(Instant.now());
        assertEquals(AccountStatus.SUSPENDED, accounts.find(author).orElseThrow().status(), "not before its end");
        assertTrue(feed.post(reader, post).isEmpty());

        Thread.sleep(2000);
        assertTrue(suspensionSweep.lift(Instant.now()) >= 1);
        assertEquals(AccountStatus.ACTIVE, accounts.find(author).orElseThrow().status());
        assertTrue(feed.post(reader, post).isPresent(), "the posts are back without the author signing in");
    }

    @Test
    void manyMembersReportingAtOnceMakeOneCaseWithoutErrors() throws Exception {
        long author = person("author", Role.STUDENT);
        long moderator = person("moderator", Role.MODERATOR);
        long post = feed.publish(author, "Cheap essays written for you", PostAudience.CAMPUS);
        ReportTarget target = new ReportTarget("networking.post", post);
        assertTrue(moderation.report(person("first", Role.STUDENT), target, ReportReason.SPAM, ""), "the case is open before the rush");
        List<Long> reporters = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reporters.add(person("rush" + i, Role.STUDENT));
        }
        CyclicBarrier start = new CyclicBarrier(reporters.size());
        List<Future<Boolean>> reports = new ArrayList<>();
        for (long reporter : reporters) {
            reports.add(executor.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return moderation.report(reporter, target, ReportReason.SPAM, "");
            }));
        }
        for (Future<Boolean> report : reports) {
            assertTrue(report.get(30, TimeUnit.SECONDS), "no report fails");
        }
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_kind = 'networking.post' AND target_id = ?", post));
        assertEquals(7, caseOf(moderator, target).reportCount());
    }

    @Test
    void decisionsCannotBeGoneRound() {
        long admin = person("admin", Role.ADMIN);
        long moderator = person("moderator", Role.MODERATOR);
        long other = person("other-moderator", Role.MODERATOR);
        long reporter = person("reporter", Role.STUDENT);

        // A moderator's own post is the others' case, reporters and all.
        long own = feed.publish(moderator, "Moderators are people too", PostAudience.CAMPUS);
        long ownCase = reported(reporter, "networking.post", own, other);
        assertTrue(moderation.queue(moderator, CaseStatus.OPEN, "networking.post", null, QueueOrder.NEWEST, 0, 500).items().stream()
                .noneMatch(c -> c.id() == ownCase));
        assertTrue(moderation.details(moderator, ownCase).isEmpty());

        // Staff and moderators' accounts are an administrator's to sanction.
        long colleagueCase = reported(reporter, "identity.member", other, moderator);
        assertEquals("reason", refusal(() -> moderation.decide(moderator, colleagueCase, ModerationAction.BAN, "Rude", null)).field());
        assertEquals(AccountStatus.ACTIVE, accounts.find(other).orElseThrow().status());
        sanctions.suspend(admin, other, Instant.now().plus(Duration.ofDays(1)), "Rude to colleagues");
        sanctions.lift(admin, other, "Sorted out");

        // A profile is not removed; its author is acted on instead.
        long member = person("member", Role.STUDENT);
        long profileCase = reported(reporter, "identity.member", member, moderator);
        assertEquals("action", refusal(() -> moderation.decide(moderator, profileCase, ModerationAction.REMOVE, "Fake", null)).field());

        // A suspension in force is never cut short by a second case.
        long post = feed.publish(member, "Spam, spam, spam", PostAudience.CAMPUS);
        long postCase = reported(reporter, "networking.post", post, moderator);
        moderation.decide(moderator, profileCase, ModerationAction.BAN, "A fake profile", null);
        assertEquals("until", refusal(() -> moderation.decide(moderator, postCase, ModerationAction.SUSPEND, "Spam",
                Instant.now().plus(Duration.ofDays(1)))).field());
        assertTrue(sanctions.standing(member).orElseThrow().banned());

        // Granting an appeal about the post does not lift the ban another case decided.
        moderation.decide(moderator, postCase, ModerationAction.REMOVE, "Spam", null);
        assertEquals("action", refusal(() -> moderation.decide(other, postCase, ModerationAction.DISMISS, "Changed my mind", null)).field(),
                "a decided case is undone only through its appeal");
        assertEquals("action", refusal(() -> moderation.decide(other, postCase, ModerationAction.RESTORE, "Back", null)).field());
        long appeal = moderation.appeal(member, postCase, "It was a joke");
        assertEquals("action", refusal(() -> moderation.decide(moderator, postCase, ModerationAction.REMOVE, "Again", null)).field(),
                "once appealed, the appeal settles the case");
        moderation.answer(other, appeal, true, "Fair enough");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND removed_at IS NULL", post), "the post is put back");
        assertTrue(feed.post(reporter, post).isEmpty(), "but its author is still banned, so it stays out of sight");
        assertEquals(AccountStatus.SUSPENDED, accounts.find(member).orElseThrow().status(), "the ban stands");
        assertTrue(sanctions.standing(member).orElseThrow().banned());
    }

    @Test
    void anAppealPutsBackOnlyWhatNoOtherCaseRemoved() {
        long moderator = person("moderator", Role.MODERATOR);
        long other = person("other-moderator", Role.MODERATOR);
        long author = person("author", Role.STUDENT);
        long reporter = person("reporter", Role.STUDENT);
        long post = feed.publish(author, "Buy my course, only today", PostAudience.CAMPUS);
        long warned = reported(reporter, "networking.post", post, moderator);
        moderation.decide(moderator, warned, ModerationAction.WARN, "No selling", null);
        long removed = reported(reporter, "networking.post", post, moderator);
        moderation.decide(moderator, removed, ModerationAction.REMOVE, "Selling again", null);
        moderation.decide(moderator, warned, ModerationAction.REMOVE, "Selling", null);

        moderation.answer(other, moderation.appeal(author, warned, "I only sell notes"), true, "The warning went too far");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND removed_at IS NOT NULL", post),
                "the other case's removal stands until its own appeal");
        moderation.answer(other, moderation.appeal(author, removed, "Still notes"), true, "Fine");
        assertTrue(feed.post(reporter, post).isPresent(), "now nothing keeps it down");
    }

    @Test
    void aHiddenItemStaysInTheQueueUntilSettledAndADismissedOneIsNotHiddenAgain() {
        long moderator = person("moderator", Role.MODERATOR);
        long author = person("author", Role.STUDENT);
        long post = feed.publish(author, "Meet me off campus for a job offer", PostAudience.CAMPUS);
        ReportTarget target = new ReportTarget("networking.post", post);
        List<Long> reporters = List.of(person("r1", Role.STUDENT), person("r2", Role.STUDENT), person("r3", Role.STUDENT));
        for (long reporter : reporters) {
            moderation.report(reporter, target, ReportReason.SCAM, "");
        }
        CaseSummary hidden = caseOf(moderator, target);
        assertTrue(hidden.hidden());

        // Warning the author leaves the hidden item's case open; dismissing settles it and shows the item.
        moderation.decide(moderator, hidden.id(), ModerationAction.WARN, "Careful with wording", null);
        assertEquals(CaseStatus.OPEN, caseOf(moderator, target).status());
        assertTrue(feed.post(reporters.get(0), post).isEmpty());
        assertEquals("Under review", outcomeFor(reporters.get(0), hidden.id()));
        moderation.decide(moderator, hidden.id(), ModerationAction.DISMISS, "A real recruiter", null);
        assertTrue(feed.post(reporters.get(0), post).isPresent());

        // The same three report again: a new case in the queue, but the item stays in sight.
        for (long reporter : reporters) {
            moderation.report(reporter, target, ReportReason.SCAM, "Still think so");
        }
        CaseSummary again = caseOf(moderator, target);
        assertEquals(3, again.reportCount());
        assertFalse(again.hidden());
        assertTrue(feed.post(reporters.get(1), post).isPresent());

    }

    @Test
    void groupsAndTheEventsCalendarCarryOutDecisionsMadeInTheQueue() {
        long moderator = person("moderator", Role.MODERATOR);
        long owner = person("owner", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        long reporter = person("reporter", Role.STUDENT);
        GroupSummary group = groups.create(owner, new NewGroup("Moderated " + System.nanoTime(), "A group for testing.",
                GroupCategory.INTEREST, "Be kind.", GroupVisibility.OPEN));
        groups.join(member, group.id());
        groups.join(reporter, group.id());
        long thread = discussions.start(member, group.id(), "Easy money", "Send me 50 dollars and get 500 back.");
        long reply = discussions.reply(member, thread, "Really, it works.");

        // Threads and replies reported through the group's own forms are cases in the queue, carried out by groups.
        discussions.reportReply(reporter, reply, ReportReason.SCAM, "");
        moderation.decide(moderator, caseOf(moderator, new ReportTarget(Discussions.REPLY_KIND, reply)).id(), ModerationAction.WARN,
                "No money schemes here", null);
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.decision'"
                + " AND text LIKE '%No money schemes here%'", member));
        discussions.reportPost(reporter, thread, ReportReason.SCAM, "");
        moderation.decide(moderator, caseOf(moderator, new ReportTarget(Discussions.POST_KIND, thread)).id(), ModerationAction.REMOVE,
                "A money scam", null);
        assertTrue(discussions.post(reporter, thread).isEmpty(), "removed from the group");

        // An event reported on moderation's page; removing it takes it off the calendar.
        long staff = person("staff", Role.STAFF);
        java.time.LocalDateTime start = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).plusDays(7)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        EventSummary event = events.create(staff, new NewEvent("Crypto riches night", EventKind.MEETUP, false, "Room 1", null, start,
                start.plusHours(2), "UTC", 20, null, "<p>Get rich.</p>", null));
        ReportTarget eventTarget = new ReportTarget("jobs.event", event.id());
        assertTrue(moderation.report(reporter, eventTarget, ReportReason.SCAM, ""));
        moderation.decide(moderator, caseOf(moderator, eventTarget).id(), ModerationAction.REMOVE, "Not a campus event", null);
        assertTrue(events.find(reporter, event.id()).isEmpty());
    }

    @Test
    void anAppealGoesToAnotherModeratorAndCanUndoTheDecision() {
        long first = person("first-moderator", Role.MODERATOR);
        long second = person("second-moderator", Role.STAFF);
        long reporter = person("reporter", Role.STUDENT);
        long author = person("author", Role.STUDENT);
        long post = feed.publish(author, "Free pizza in the library, come quick", PostAudience.CAMPUS);
        long caseId = reported(reporter, "networking.post", post, first);
        moderation.decide(first, caseId, ModerationAction.REMOVE, "Spam", null);
        moderation.decide(first, caseId, ModerationAction.SUSPEND, "Repeated spam", Instant.now().plus(Duration.ofDays(3)));

        assertEquals("appeal", refusal(() -> moderation.appeal(reporter, caseId, "Not mine but still")).field(), "only the author appeals");
        assertEquals("text", refusal(() -> moderation.appeal(author, caseId, " ")).field());
        assertEquals(1, moderation.decidedAgainst(author, 0, 10).items().stream().filter(c -> c.id() == caseId).count());
        long appeal = moderation.appeal(author, caseId, "There really was free pizza");
        assertEquals("appeal", refusal(() -> moderation.appeal(author, caseId, "Please")).field(), "once");

        assertTrue(moderation.appeals(first, 0, 100).items().stream().noneMatch(a -> a.id() == appeal), "not to the moderator who decided");
        assertEquals("appeal", refusal(() -> moderation.answer(first, appeal, true, "I was wrong")).field());
        assertTrue(moderation.appeals(second, 0, 100).items().stream().anyMatch(a -> a.id() == appeal));

        moderation.answer(second, appeal, true, "The event was real");
        assertTrue(feed.post(reporter, post).isPresent(), "the post is back");
        assertEquals(AccountStatus.ACTIVE, accounts.find(author).orElseThrow().status(), "the suspension is lifted");
        assertEquals("appeal", refusal(() -> moderation.answer(second, appeal, false, "Changed my mind")).field(), "answered once");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.appeal'",
                author));
    }

    @Test
    void everyModeratorAndStaffActionIsInTheAuditLog() throws Exception {
        long admin = person("admin", Role.ADMIN);
        long moderator = person("moderator", Role.MODERATOR);
        long staff = person("staff", Role.STAFF);
        long reporter = person("reporter", Role.STUDENT);
        long member = person("member", Role.STUDENT);
        Instant start = Instant.now().minusSeconds(1);

        long post = feed.publish(member, "Audit me", PostAudience.CAMPUS);
        long caseId = reported(reporter, "networking.post", post, moderator);
        moderation.decide(moderator, caseId, ModerationAction.WARN, "Audit warning " + caseId, null);
        moderation.decide(moderator, caseId, ModerationAction.SUSPEND, "Audit suspension " + caseId, Instant.now().plus(Duration.ofDays(1)));
        administration.changeRoles(admin, reporter, Set.of(Role.STUDENT, Role.MODERATOR));
        long entry = profiles.addEducation(member, new EducationEntry(0, "State University", "BSc", "Physics", 2022, 2026, false));
        profiles.attestEducation(staff, entry);
        long rule = rules.add(staff, ScreeningRule.Kind.KEYWORD, "audit-word-" + caseId, Screening.Verdict.HOLD);
        rules.remove(staff, rule);

        List<AuditRecord> log = auditLog.search(admin, null, null, start, null, 0, 200).items();
        assertAudited(log, moderator, "CASE_WARN", "networking.post", post);
        assertAudited(log, moderator, "CASE_SUSPEND", "networking.post", post);
        assertAudited(log, null, "ACCOUNT_SUSPENDED", "identity.member", member);
        assertAudited(log, null, "ROLES_CHANGED", "identity.member", reporter);
        assertAudited(log, staff, "EDUCATION_ATTESTED", "identity.member", member);
        assertAudited(log, staff, "RULE_ADDED", "moderation.rule", rule);
        assertAudited(log, staff, "RULE_REMOVED", "moderation.rule", rule);

        assertEquals(1, auditLog.search(admin, "Audit warning " + caseId, null, null, null, 0, 10).total(), "searchable by reason");
        assertThrows(SecurityException.class, () -> auditLog.search(moderator, null, null, null, null, 0, 10), "administrators only");
        StringWriter csv = new StringWriter();
        auditLog.export(admin, "Audit suspension " + caseId, null, null, null, csv);
        String[] lines = csv.toString().split("\r\n");
        assertEquals("id,at,actor_id,actor,action,target_kind,target_id,reason", lines[0]);
        assertEquals(2, lines.length, csv.toString());
        assertTrue(lines[1].contains("CASE_SUSPEND"));

        // A long export comes in batches, each entry once, in the order written.
        String bulk = "bulk-" + System.nanoTime();
        Sql.execute(db, "INSERT INTO moderation_audit (actor_id, action, target_kind, target_id, reason, at)"
                + " SELECT NULL, 'TEST', 'test.bulk', seq, CONCAT(?, ' ', seq), NOW(6) FROM seq_1_to_1234", bulk);
        StringWriter bulkCsv = new StringWriter();
        auditLog.export(admin, bulk, null, null, null, bulkCsv);
        List<String> rows = List.of(bulkCsv.toString().split("\r\n")).subList(1, 1235);
        assertEquals(1234, rows.stream().map(row -> row.substring(row.lastIndexOf(' ') + 1)).distinct().count());
        assertTrue(rows.get(0).endsWith(bulk + " 1") && rows.get(1233).endsWith(bulk + " 1234"), rows.get(0) + " … " + rows.get(1233));
    }

    private static void assertAudited(List<AuditRecord> log, Long actor, String action, String kind, long target) {
        // Identity's events name their actor only through a signed-in request, which these calls are not: null skips the check.
        assertTrue(log.stream().anyMatch(entry -> entry.action().equals(action) && entry.targetKind().equals(kind)
                        && entry.targetId() != null && entry.targetId() == target && (actor == null || actor.equals(entry.actorId()))),
                action + " on " + kind + " " + target + " in " + log);
    }

    @Test
    void screeningBlocksHoldsAndLetsInnocentTextThrough() {
        long staff = person("staff", Role.STAFF);
        long moderator = person("moderator", Role.MODERATOR);
        long author = person("author", Role.STUDENT);
        long reader = person("reader", Role.STUDENT);
        String word = "forbiddenword" + System.nanoTime() % 100000;
        rules.add(staff, ScreeningRule.Kind.KEYWORD, word, Screening.Verdict.BLOCK);
        assertEquals("pattern", refusal(() -> rules.add(staff, ScreeningRule.Kind.KEYWORD, word, Screening.Verdict.BLOCK)).field());
        assertThrows(SecurityException.class, () -> rules.add(moderator, ScreeningRule.Kind.LINK, "example.org", Screening.Verdict.HOLD));

        Rejection blocked = refusal(() -> feed.publish(author, "This has " + word + " in it", PostAudience.CAMPUS));
        assertEquals("body", blocked.field());
        assertTrue(blocked.getMessage().contains(word), blocked.getMessage());

        long innocent = feed.publish(author, "Our study group meets on Tuesdays at https://www.example.edu/rooms", PostAudience.CAMPUS);
        assertTrue(feed.post(reader, innocent).isPresent(), () -> "innocent text passes; rows: "
                + Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ?", innocent) + ", hidden: "
                + Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND hidden", innocent) + ", suspended: "
                + Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND author_suspended", innocent) + ", removed: "
                + Sql.count(db, "SELECT COUNT(*) FROM networking_post WHERE id = ? AND removed_at IS NOT NULL", innocent) + ", cases: "
                + Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_id = ?", innocent) + ", author active: "
                + accounts.find(author).orElseThrow().status() + ", reader: " + accounts.find(reader).orElseThrow());

        long shortened = feed.publish(author, "Great internship list: https://bit.ly/3xYz", PostAudience.CAMPUS);
        assertTrue(feed.post(reader, shortened).isEmpty(), "a link shortener is held");
        CaseSummary held = caseOf(moderator, new ReportTarget("networking.post", shortened));
        assertTrue(held.held() && held.hidden());
        assertTrue(moderation.details(moderator, held.id()).orElseThrow().signals().get(0).contains("bit.ly"));
        moderation.decide(moderator, held.id(), ModerationAction.DISMISS, "The list is fine", null);
        assertTrue(feed.post(reader, shortened).isPresent(), "shown once a moderator lets it through");

        long message = messages.send(author, reader, "Notes are at tinyurl.com/notes1", null);
        long conversation = messages.with(reader, author).orElseThrow().conversationId();
        assertTrue(messages.thread(reader, conversation, null, 20, null).messages().stream().noneMatch(m -> m.messageId() == message),
                "a held message stays out of the conversation");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_kind = 'networking.message' AND target_id = ?"
                + " AND held = TRUE", message));
        assertEquals(0, messages.requestCount(reader), "no empty message request either");
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'message.received'",
                reader), "the recipient is not told of a held message");

        // Let through, it is delivered then: in the conversation, waiting as a request, and the recipient told.
        CaseSummary heldMessage = caseOf(moderator, new ReportTarget("networking.message", message));
        moderation.decide(moderator, heldMessage.id(), ModerationAction.DISMISS, "Class notes", null);
        assertTrue(messages.thread(reader, conversation, null, 20, null).messages().stream().anyMatch(m -> m.messageId() == message));
        assertEquals(1, messages.requestCount(reader), "a message request: the two are not connected");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'message.received'",
                reader));
    }

    @Test
    void newAccountsHaveADailyBudgetAndABurstIsHeldForReview() {
        long staff = person("staff", Role.STAFF);
        long moderator = person("moderator", Role.MODERATOR);
        long reader = person("reader", Role.STUDENT);
        Limits before = rules.limits();
        try {
            assertEquals("newAccountDailyBudget", refusal(() -> rules.changeLimits(staff, new Limits(7, 0, 30, 3))).field());
            assertEquals("hideAfterReports", refusal(() -> rules.changeLimits(staff, new Limits(7, 20, 30, 0))).field());
            assertThrows(SecurityException.class, () -> rules.changeLimits(moderator, new Limits(7, 20, 30, 3)), "staff only");

            // Budget: a new account's fourth post of the day is refused; messages have a budget of their own.
            rules.changeLimits(staff, new Limits(7, 3, 1000, before.hideAfterReports()));
            assertEquals(new Limits(7, 3, 1000, before.hideAfterReports()), rules.limits());
            long fresh = person("fresh", Role.STUDENT);
            for (int i = 1; i <= 3; i++) {
                feed.publish(fresh, "Hello, campus, number " + i, PostAudience.CAMPUS);
            }
            Rejection over = refusal(() -> feed.publish(fresh, "Hello, campus, number 4", PostAudience.CAMPUS));
            assertEquals("body", over.field());
            assertTrue(over.getMessage().contains("New accounts may send 3"), over.getMessage());
            messages.send(fresh, reader, "Hello from a new account", null);
            // An account older than the limit's seven days has no budget.
            Sql.execute(db, "UPDATE identity_account SET created_at = ? WHERE id = ?",
                    java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(8))), fresh);
            long fifth = feed.publish(fresh, "Hello, campus, number 5", PostAudience.CAMPUS);
            assertTrue(feed.post(reader, fifth).isPresent());

            // Burst: more than two posts in ten minutes, from any account, and the next are held.
            rules.changeLimits(staff, new Limits(0, 3, 2, before.hideAfterReports()));
            long busy = person("busy", Role.ALUMNI);
            long first = feed.publish(busy, "Job fair tips, part 1", PostAudience.CAMPUS);
            feed.publish(busy, "Job fair tips, part 2", PostAudience.CAMPUS);
            long third = feed.publish(busy, "Job fair tips, part 3", PostAudience.CAMPUS);
            assertTrue(feed.post(reader, first).isPresent());
            assertTrue(feed.post(reader, third).isEmpty(), "the burst is held");
            CaseSummary held = caseOf(moderator, new ReportTarget("networking.post", third));
            assertTrue(held.held());
            assertTrue(moderation.details(moderator, held.id()).orElseThrow().signals().stream().anyMatch(s -> s.contains("burst")));
            assertTrue(auditLog.search(person("admin", Role.ADMIN), "burst over 2", null, null, null, 0, 10).total() >= 1,
                    "changing the limits is audited");

            // The counts go once they are older than a day.
            Sql.execute(db, "INSERT INTO moderation_counter (account_id, kind, minute, count) VALUES (?, 'networking.post', ?, 5)",
                    busy, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))));
            counterPurge.purge(Instant.now());
            assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM moderation_counter WHERE minute < ?",
                    java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1)))));
            assertEquals(3, Sql.count(db, "SELECT COALESCE(SUM(count), 0) FROM moderation_counter WHERE account_id = ?", busy));
        } finally {
            rules.changeLimits(staff, before);
        }
    }

    @Test
    void aGrantedAppealPutsARemovedMessageBack() {
        long first = person("first-moderator", Role.MODERATOR);
        long second = person("second-moderator", Role.MODERATOR);
        long sender = person("sender", Role.STUDENT);
        long recipient = person("recipient", Role.STUDENT);
        long message = messages.send(sender, recipient, "Want to swap lecture notes?", null);
        long conversation = messages.with(recipient, sender).orElseThrow().conversationId();
        long caseId = reported(recipient, "networking.message", message, first);
        moderation.decide(first, caseId, ModerationAction.REMOVE, "Looked like spam", null);
        assertTrue(messages.thread(recipient, conversation, null, 20, null).messages().stream().noneMatch(m -> m.messageId() == message));
        assertEquals("message", refusal(() -> messages.report(recipient, message, ReportReason.SPAM, "")).field(),
                "a removed message is not there to be reported again");

        moderation.answer(second, moderation.appeal(sender, caseId, "Just notes"), true, "Harmless");
        assertTrue(messages.thread(recipient, conversation, null, 20, null).messages().stream().anyMatch(m -> m.messageId() == message));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_message WHERE id = ? AND removed_at IS NULL AND hidden = FALSE",
                message));
    }

    @Test
    void aHeldMessageStaysHeldWhenTheRecipientBlockedTheSenderMeanwhile() {
        long moderator = person("moderator", Role.MODERATOR);
        long sender = person("sender", Role.STUDENT);
        long recipient = person("recipient", Role.STUDENT);
        long message = messages.send(sender, recipient, "My notes: tinyurl.com/notes2", null);
        blocks.block(recipient, sender);
        moderation.decide(moderator, caseOf(moderator, new ReportTarget("networking.message", message)).id(), ModerationAction.DISMISS,
                "Only notes", null);
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_message WHERE id = ? AND held = TRUE AND hidden = TRUE", message));
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'message.received'",
                recipient), "nobody is told of a message from someone they blocked");
    }

    @Test
    void aScamPostingIsHeldWithItsSignalsAndAReportedOneIsRemovedAndItsEmployerSuspended() {
        long moderator = person("moderator", Role.MODERATOR);
        long staff = person("staff", Role.STAFF);
        long student = person("student", Role.STUDENT);
        String tag = Long.toString(System.nanoTime());
        long organisation = organisations.addVerified(staff, "Quick Jobs " + tag, "https://q" + tag + ".example.com", "q" + tag + ".example.com");
        long employer = accounts.register(new NewAccount("recruiter." + tag + "@q" + tag + ".example.com", "Rex " + tag, PASSWORD,
                Set.of(Role.EMPLOYER), organisation));

        // Screening holds a posting that asks for a fee and a messaging app, and lists why.
        long scam = postings.create(employer, posting("Data entry clerk " + tag,
                "<p>Pay a $100 registration fee, then contact our manager on WhatsApp.</p>", 20, 25));
        assertEquals(PostingStatus.HELD, postings.submit(employer, scam));
        CaseSummary held = caseOf(moderator, new ReportTarget("jobs.posting", scam));
        List<String> signals = moderation.details(moderator, held.id()).orElseThrow().signals();
        assertTrue(signals.stream().anyMatch(signal -> signal.contains("pay")), signals.toString());
        assertTrue(signals.stream().anyMatch(signal -> signal.contains("messaging app")), signals.toString());

        // An innocent-looking posting passes screening, staff publish it, a student reports it.
        long posting = postings.create(employer, posting("Remote assistant " + tag, "<p>Flexible hours, training provided.</p>", 20, 25));
        assertEquals(PostingStatus.SUBMITTED, postings.submit(employer, posting));
        postings.approve(staff, posting);
        postings.report(employer, posting, ReportReason.SPAM, "");
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM moderation_case WHERE target_kind = 'jobs.posting' AND target_id = ?", posting),
                "one's own report through the owner's form counts for nothing");
        postings.report(student, posting, ReportReason.SCAM, "They asked me for my bank details by e-mail");
        long reported = caseOf(moderator, new ReportTarget("jobs.posting", posting)).id();
        moderation.decide(moderator, reported, ModerationAction.REMOVE, "Recruitment scam", null);
        assertEquals(PostingStatus.REMOVED, postings.find(staff, posting).orElseThrow().status());
        moderation.decide(moderator, reported, ModerationAction.BAN, "Recruitment scams", null);
        assertEquals(AccountStatus.SUSPENDED, accounts.find(employer).orElseThrow().status());
        assertTrue(moderation.reportsBy(student, 0, 10).items().stream().anyMatch(report -> report.caseId() == reported));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'moderation.outcome'"
                + " AND text LIKE '%Removed by moderators%'", student));
    }

    private static PostingDraft posting(String title, String html, int payMin, int payMax) {
        return new PostingDraft(title, html, JobType.PART_TIME, "Springfield", Remote.REMOTE, payMin, payMax, PayPeriod.HOUR, List.of(),
                "2026, 2027", LocalDate.now().plusDays(14), ApplyMode.IN_QUAD, null, List.of());
    }

    /** Reports the item and returns its open case. */
    @Test
    void aGrantedAppealVerifiesARemovedOrganisationAgainButNotOneStaffTurnedDown() {
        long first = person("first-moderator", Role.MODERATOR);
        long second = person("second-moderator", Role.MODERATOR);
        long reporter = person("reporter", Role.STUDENT);
        long staff = person("staff", Role.STAFF);
        String tag = Long.toString(System.nanoTime());
        long organisation = organisations.addVerified(staff, "Appealing " + tag, "https://a" + tag + ".example.com", "a" + tag + ".example.com");
        long recruiter = accounts.register(new NewAccount("recruiter." + tag + "@a" + tag + ".example.com", "Recruiter " + tag, PASSWORD,
                Set.of(Role.EMPLOYER), organisation));
        long caseId = reported(reporter, "identity.organisation", organisation, first);
        moderation.decide(first, caseId, ModerationAction.REMOVE, "Not a real employer", null);
        assertEquals(OrganisationStatus.REJECTED, organisations.find(organisation).orElseThrow().status());
        assertTrue(organisations.page(organisation, reporter).isEmpty());

        long appeal = moderation.appeal(recruiter, caseId, "We are real: see our website");
        moderation.answer(second, appeal, true, "Checked: a real employer");
        assertEquals(OrganisationStatus.VERIFIED, organisations.find(organisation).orElseThrow().status(), "verified again");
        assertTrue(organisations.page(organisation, reporter).isPresent());
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM identity_audit WHERE action = 'ORGANISATION_VERIFIED' AND actor_id = ?"
                + " AND detail LIKE ?", second, "organisation " + organisation + ": verified again, moderation's removal undone%"));

        // Removed by a moderator, then turned down by staff themselves: the appeal's grant does not overrule staff.
        long other = organisations.addVerified(staff, "Declined " + tag, "https://d" + tag + ".example.com", "d" + tag + ".example.com");
        long otherRecruiter = accounts.register(new NewAccount("recruiter." + tag + "@d" + tag + ".example.com", "Other " + tag, PASSWORD,
                Set.of(Role.EMPLOYER), other));
        long otherCase = reported(reporter, "identity.organisation", other, first);
        moderation.decide(first, otherCase, ModerationAction.REMOVE, "Not a real employer", null);
        organisations.reject(staff, other, "No such company");
        moderation.answer(second, moderation.appeal(otherRecruiter, otherCase, "We are real"), true, "Looked fine to me");
        assertEquals(OrganisationStatus.REJECTED, organisations.find(other).orElseThrow().status(), "staff's own decision stands");
    }

    @Test
    void aHiddenProfileIsForItsOwnerAndTheModeratorsUntilDismissed() {
        long moderator = person("moderator", Role.MODERATOR);
        long member = person("member", Role.STUDENT);
        long viewer = person("viewer", Role.STUDENT);
        long clubOwner = person("club-owner", Role.STUDENT);
        GroupSummary club = groups.create(clubOwner, new NewGroup("Review club " + System.nanoTime(), "A group for testing.",
                GroupCategory.INTEREST, "Be kind.", GroupVisibility.OPEN));
        groups.join(member, club.id());
        groups.join(viewer, club.id());
        GroupSummary own = groups.create(member, new NewGroup("Own club " + System.nanoTime(), "A group for testing.",
                GroupCategory.INTEREST, "Be kind.", GroupVisibility.OPEN));
        ReportTarget profile = new ReportTarget("identity.member", member);
        assertTrue(profiles.visibleTo(member, viewer));
        for (int n = 0; n < 10 && !(n > 0 && caseOf(moderator, profile).hidden()); n++) {
            assertTrue(moderation.report(person("reporter" + n, Role.STUDENT), profile, ReportReason.SCAM, "A fake profile"));
        }
        assertTrue(groups.members(viewer, club.id(), 0, 10).items().stream().noneMatch(m -> m.accountId() == member),
                "not named in a group's member list");
        assertTrue(groups.members(member, club.id(), 0, 10).items().stream().anyMatch(m -> m.accountId() == member));
        assertTrue(groups.members(clubOwner, club.id(), 0, 10).items().stream().anyMatch(m -> m.accountId() == member),
                "its managers, who may remove or ban them, see everyone");
        assertTrue(caseOf(moderator, profile).hidden(), "enough distinct members hide it pending review");

        assertTrue(profiles.view(member, viewer).isEmpty(), "others get what they get for any profile they may not see");
        assertFalse(profiles.visibleTo(member, viewer));
        assertFalse(profiles.visibleTo(member, null));
        assertEquals(Map.of(), profiles.listable(viewer, List.of(member)), "no list names it");
        assertTrue(profiles.view(member, member).isPresent(), "its owner still sees it");
        assertTrue(profiles.view(member, moderator).isPresent(), "and so do the moderators");
        assertNull(profiles.preview(member, Viewer.Perspective.CAMPUS).displayName(), "the owner's \"view as\" shows it hidden");
        assertTrue(refusal(() -> messages.send(member, viewer, "Hello there", null)).getMessage()
                .startsWith("Moderators are reviewing your profile"), "no new conversations");
        assertTrue(refusal(() -> groups.invite(member, own.id(), viewer)).getMessage().startsWith("Moderators are reviewing your profile"),
                "no invitations to its groups");
        Rejection noRequest = refusal(() -> connections.request(member, viewer, "I enjoyed your talk at the career fair; may we connect?"));
        assertTrue(noRequest.getMessage().startsWith("Moderators are reviewing your profile"), noRequest.getMessage());

        moderation.decide(moderator, caseOf(moderator, profile).id(), ModerationAction.DISMISS, "A real person", null);
        assertTrue(profiles.view(member, viewer).isPresent(), "shown again");
        assertTrue(messages.send(member, viewer, "Hello there", null) > 0, "and reaching out again");
        assertTrue(connections.request(member, person("another", Role.STUDENT), "I enjoyed your talk at the career fair; may we connect?") > 0);
        assertEquals(List.of(member), List.copyOf(profiles.listable(viewer, List.of(member)).keySet()));
    }

    @Test
    void actingOnTheOwnerOfAHiddenProfileSettlesTheCase() {
        long admin = person("admin", Role.ADMIN);
        long moderator = person("moderator", Role.MODERATOR);
        long member = person("member", Role.STUDENT);
        long viewer = person("viewer", Role.STUDENT);
        ReportTarget profile = new ReportTarget("identity.member", member);
        for (int n = 0; n < 10 && !(n > 0 && caseOf(moderator, profile).hidden()); n++) {
            moderation.report(person("reporter" + n, Role.STUDENT), profile, ReportReason.FAKE_PROFILE, "");
        }
        long caseId = caseOf(moderator, profile).id();

        // A profile cannot be removed, so banning its owner is the decision: the case closes, nothing is left hidden.
        moderation.decide(moderator, caseId, ModerationAction.BAN, "Not a real student", null);
        assertEquals(CaseStatus.CLOSED, moderation.details(moderator, caseId).orElseThrow().summary().status());
        assertFalse(moderation.details(moderator, caseId).orElseThrow().summary().hidden());
        assertFalse(profiles.visibleTo(member, viewer), "a banned account's profile is out of sight anyway");
        sanctions.lift(admin, member, "Proved who they are at the career center");
        assertTrue(profiles.visibleTo(member, viewer), "once the ban is lifted, nothing keeps the profile hidden");
    }

    private long reported(long reporter, String kind, long id, long moderator) {
        ReportTarget target = new ReportTarget(kind, id);
        assertTrue(moderation.report(reporter, target, ReportReason.SCAM, "Looks wrong"), kind + " reportable");
        return caseOf(moderator, target).id();
    }

    private CaseSummary caseOf(long moderator, ReportTarget target) {
        return moderation.queue(moderator, CaseStatus.OPEN, target.kind(), null, QueueOrder.NEWEST, 0, 500).items().stream()
                .filter(found -> found.target().equals(target)).findFirst().orElseThrow(() -> new AssertionError("no open case for " + target));
    }

    private String outcomeFor(long reporter, long caseId) {
        return moderation.reportsBy(reporter, 0, 50).items().stream().filter(report -> report.caseId() == caseId)
                .map(MyReport::outcome).findFirst().orElse(null);
    }

    private long person(String name, Role role) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), null));
    }

    private static Rejection refusal(Executable call) {
        return assertThrows(Rejection.class, call);
    }
}
