package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.app.it.support.Await;
import app.quad.app.it.support.Mailbox;
import app.quad.identity.AccountErasure;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Role;
import app.quad.networking.Notification;
import app.quad.networking.NotificationCentre;
import app.quad.networking.NotificationDigests;
import app.quad.networking.NotificationSetting;
import app.quad.platform.Delivery;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notification centre inside the server: each delivery choice, the transaction a notice
 * shares with its cause, digests, reading, settings and erasure. (The bell and the pages in the
 * browser are in AccessIT.)
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String PASSWORD = "lantern orchard ribbon 31";
    private static final Duration DELIVERY = Duration.ofSeconds(20);

    /** Networking's kinds: a connection request waits for the daily digest, an acceptance for the weekly one. */
    private static final String REQUESTED = "connection.requested";
    private static final String ACCEPTED = "connection.accepted";
    private static final String MESSAGE = "message.received";
    private static final String LINK = "/networking/connections/requests.xhtml";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Notifications notifications;

    @Inject
    NotificationCentre centre;

    @Inject
    NotificationDigests digests;

    @Inject
    Accounts accounts;

    @Inject
    AccountErasure erasure;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    private record Person(long id, String email) {
    }

    private Person person(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@campus.example.edu";
        return new Person(accounts.register(new NewAccount(email, name, PASSWORD, Set.of(Role.STUDENT))), email);
    }

    private void notifyCommitted(Notice... notices) throws Exception {
        tx.begin();
        for (Notice notice : notices) {
            notifications.notify(notice);
        }
        tx.commit();
    }

    @Test
    void theDefaultDeliveryKeepsTheNoticeForTheDigestAndMailsNothingNow() throws Exception {
        Person ada = person("Ada Default");

        notifyCommitted(new Notice(ada.id(), REQUESTED, "Ben Carter asked to connect with you.", LINK));

        assertEquals(1, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND digest = 'DAILY_DIGEST'",
                ada.id()), "a connection request waits for the daily digest by default");
        assertEquals(0, mailsQueuedFor(ada.email()), "nothing is mailed at once");
        assertEquals(1, centre.unreadCount(ada.id()));
        Notification stored = centre.list(ada.id(), 0, 10).items().get(0);
        assertEquals("Ben Carter asked to connect with you.", stored.text());
        assertEquals(LINK, stored.link());
        assertTrue(stored.unread());
    }

    @Test
    void emailDeliveryMailsAtOnceThroughTheOutboxAfterCommit() throws Exception {
        Person ben = person("Ben Email");
        centre.choose(ben.id(), Map.of(MESSAGE, Delivery.EMAIL));

        tx.begin();
        notifications.notify(new Notice(ben.id(), MESSAGE, "Chen Wei sent you a message.", "/networking/messages/thread.xhtml?id=4"));
        tx.commit();

        assertEquals(1, mailsQueuedFor(ben.email()), "the mail goes through the outbox");
        assertEquals(1, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND digest IS NULL", ben.id()),
                "it is kept in Quad too, waiting for no digest");
        assertTrue(Await.until(DELIVERY, () -> Mailbox.subjectsFor(ben.email()).contains("Chen Wei sent you a message.")));
        String text = Mailbox.textsFor(ben.email()).get(0);
        assertTrue(text.contains("/networking/messages/thread.xhtml?id=4"), text);
        assertTrue(text.contains("/networking/notifications/settings.xhtml"), text);
    }

    @Test
    void aNoticeRollsBackWithTheTransactionThatCausedIt() throws Exception {
        Person chen = person("Chen Rollback");
        centre.choose(chen.id(), Map.of(MESSAGE, Delivery.EMAIL));

        tx.begin();
        notifications.notify(new Notice(chen.id(), MESSAGE, "This never happened.", LINK));
        tx.rollback();

        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ?", chen.id()));
        assertEquals(0, mailsQueuedFor(chen.email()));
        assertEquals(0, centre.unreadCount(chen.id()));
    }

    @Test
    void notifyingOutsideATransactionOrWithAnUndeclaredKindIsRefused() throws Exception {
        Person dana = person("Dana Refused");
        assertThrows(TransactionalException.class, () -> notifications.notify(new Notice(dana.id(), REQUESTED, "Text.", LINK)));

        tx.begin();
        try {
            assertThrows(IllegalArgumentException.class,
                    () -> notifications.notify(new Notice(dana.id(), "nobody.declares-this", "Text.", LINK)));
        } finally {
            tx.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ?", dana.id()));
    }

    @Test
    void offKeepsNothingAtAll() throws Exception {
        Person eve = person("Eve Off");
        centre.choose(eve.id(), Map.of(REQUESTED, Delivery.OFF, MESSAGE, Delivery.OFF));

        notifyCommitted(new Notice(eve.id(), REQUESTED, "Someone asked to connect.", LINK),
                new Notice(eve.id(), MESSAGE, "Someone wrote.", LINK));

        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ?", eve.id()));
        assertEquals(0, mailsQueuedFor(eve.email()));
        assertEquals(0, centre.unreadCount(eve.id()));
    }

    @Test
    void aDailyDigestIsOneMailListingBothNoticesAndRunningItAgainSendsNothingMore() throws Exception {
        Person fay = person("Fay Digest");
        notifyCommitted(new Notice(fay.id(), REQUESTED, "Gus Green asked to connect with you.", LINK + "?from=1"),
                new Notice(fay.id(), REQUESTED, "Hal Hart asked to connect with you.", LINK + "?from=2"),
                // A weekly kind waits for its own digest.
                new Notice(fay.id(), ACCEPTED, "Ivy Ito accepted your request.", LINK + "?from=3"));
        assertEquals(0, mailsQueuedFor(fay.email()));

        assertTrue(digests.send(Delivery.DAILY_DIGEST, Instant.now()) >= 1);

        assertEquals(1, mailsQueuedFor(fay.email()), "one mail for the period");
        assertTrue(Await.until(DELIVERY, () -> Mailbox.subjectsFor(fay.email())
                .contains("Your daily Quad digest: 2 new notifications")));
        String text = Mailbox.textsFor(fay.email()).get(0);
        assertTrue(text.contains("Gus Green asked to connect with you."), text);
        assertTrue(text.contains("Hal Hart asked to connect with you."), text);
        assertTrue(text.contains(LINK + "?from=1") && text.contains(LINK + "?from=2"), text);
        assertFalse(text.contains("Ivy Ito"), "the weekly notice is not in the daily digest");

        digests.send(Delivery.DAILY_DIGEST, Instant.now());
        assertEquals(1, mailsQueuedFor(fay.email()), "a second run sends nothing more");
        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND digest = 'DAILY_DIGEST'",
                fay.id()));
        assertEquals(2, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND digested_at IS NOT NULL",
                fay.id()));
        assertEquals(3, centre.unreadCount(fay.id()), "a digest does not mark anything read in Quad");

        digests.send(Delivery.WEEKLY_DIGEST, Instant.now());
        assertTrue(Await.until(DELIVERY, () -> Mailbox.subjectsFor(fay.email())
                .contains("Your weekly Quad digest: 1 new notification")));
        assertEquals(2, mailsQueuedFor(fay.email()));
    }

    @Test
    void aDigestCoversOnlyNoticesBeforeItsBoundaryAndLeavesOutWhatWasReadInQuad() throws Exception {
        Person gus = person("Gus Boundary");
        notifyCommitted(new Notice(gus.id(), REQUESTED, "Already seen in Quad.", LINK));
        centre.markAllRead(gus.id());
        notifyCommitted(new Notice(gus.id(), REQUESTED, "Came before the boundary.", LINK));
        Instant boundary = Instant.now();
        Thread.sleep(5);
        notifyCommitted(new Notice(gus.id(), REQUESTED, "Came after the boundary.", LINK));

        digests.send(Delivery.DAILY_DIGEST, boundary);

        assertTrue(Await.until(DELIVERY, () -> Mailbox.subjectsFor(gus.email())
                .contains("Your daily Quad digest: 1 new notification")));
        String text = Mailbox.textsFor(gus.email()).get(0);
        assertTrue(text.contains("Came before the boundary."), text);
        assertFalse(text.contains("Already seen in Quad."), text);
        assertFalse(text.contains("Came after the boundary."), text);
        assertEquals(1, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND digest = 'DAILY_DIGEST'",
                gus.id()), "the later notice waits for the next digest");
    }

    @Test
    void theUnreadCountFallsAsNoticesAreOpenedAndAllAreMarkedRead() throws Exception {
        Person hal = person("Hal Reader");
        Person ivy = person("Ivy Other");
        notifyCommitted(new Notice(hal.id(), REQUESTED, "First.", LINK + "?n=1"),
                new Notice(hal.id(), REQUESTED, "Second.", LINK + "?n=2"),
                new Notice(hal.id(), REQUESTED, "Third.", LINK + "?n=3"));
        assertEquals(3, centre.unreadCount(hal.id()));

        ResultPage<Notification> page = centre.list(hal.id(), 0, 2);
        assertEquals(3, page.total());
        assertEquals(List.of("Third.", "Second."), page.items().stream().map(Notification::text).toList(), "newest first");
        assertEquals(List.of("First."), centre.list(hal.id(), 2, 2).items().stream().map(Notification::text).toList());

        long second = page.items().get(1).id();
        assertTrue(centre.open(ivy.id(), second).isEmpty(), "nobody opens someone else's notice");
        assertEquals(3, centre.unreadCount(hal.id()));
        assertEquals(LINK + "?n=2", centre.open(hal.id(), second).orElseThrow());
        assertEquals(2, centre.unreadCount(hal.id()));
        assertFalse(centre.list(hal.id(), 0, 3).items().get(1).unread());

        assertEquals(2, centre.markAllRead(hal.id()));
        assertEquals(0, centre.unreadCount(hal.id()));
        assertEquals(0, centre.markAllRead(hal.id()));
    }

    @Test
    void settingsStartAtTheDefaultsAndPersist() {
        Person jo = person("Jo Settings");
        Map<String, Delivery> before = deliveries(centre.settings(jo.id()));
        assertEquals(Delivery.DAILY_DIGEST, before.get(REQUESTED));
        assertEquals(Delivery.WEEKLY_DIGEST, before.get(ACCEPTED));
        assertEquals(Delivery.DAILY_DIGEST, before.get(MESSAGE));

        centre.choose(jo.id(), Map.of(MESSAGE, Delivery.EMAIL, ACCEPTED, Delivery.IN_APP));
        centre.choose(jo.id(), Map.of(MESSAGE, Delivery.WEEKLY_DIGEST));

        Map<String, Delivery> after = deliveries(centre.settings(jo.id()));
        assertEquals(Delivery.WEEKLY_DIGEST, after.get(MESSAGE));
        assertEquals(Delivery.IN_APP, after.get(ACCEPTED));
        assertEquals(Delivery.DAILY_DIGEST, after.get(REQUESTED), "a kind never chosen keeps its default");
        assertEquals(Delivery.DAILY_DIGEST, deliveries(centre.settings(person("Kim Other").id())).get(MESSAGE),
                "one person's choice is theirs alone");

        Rejection unknown = assertThrows(Rejection.class, () -> centre.choose(jo.id(), Map.of("no.such-kind", Delivery.EMAIL)));
        assertEquals("no.such-kind", unknown.field());
    }

    @Test
    void noticesPastTheirTimeAreDeletedButNotThoseWaitingForADigest() throws Exception {
        Person eve = person("Eve Old");
        centre.choose(eve.id(), java.util.Map.of(MESSAGE, Delivery.IN_APP));
        notifyCommitted(new Notice(eve.id(), MESSAGE, "An old message notice.", LINK),
                new Notice(eve.id(), REQUESTED, "An old request, still waiting for the digest.", LINK),
                new Notice(eve.id(), MESSAGE, "A recent message notice.", LINK));
        Sql.execute(db, "UPDATE networking_notification SET created_at = NOW(6) - INTERVAL 100 DAY WHERE recipient_id = ? AND text LIKE 'An old%'",
                eve.id());

        assertTrue(centre.deleteOlderThan(java.time.Instant.now().minus(java.time.Duration.ofDays(90))) >= 1);
        assertEquals(java.util.List.of("A recent message notice.", "An old request, still waiting for the digest."),
                centre.list(eve.id(), 0, 10).items().stream().map(Notification::text).sorted().toList());
    }

    @Test
    void erasureTakesTheirNoticesSettingsAndTheNoticesTheyCausedOthers() throws Exception {
        Person leaver = person("Lea Leaver");
        Person friend = person("Fred Friend");
        centre.choose(leaver.id(), Map.of(MESSAGE, Delivery.EMAIL));
        notifyCommitted(new Notice(leaver.id(), REQUESTED, "Fred Friend asked to connect with you.", LINK, friend.id()),
                new Notice(friend.id(), REQUESTED, "Lea Leaver asked to connect with you.", LINK, leaver.id()),
                new Notice(friend.id(), MESSAGE, "The career center wrote to you.", LINK));

        erasure.erase(leaver.id(), PASSWORD);

        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? OR actor_id = ?",
                leaver.id(), leaver.id()));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification_setting WHERE account_id = ?", leaver.id()));
        assertEquals(List.of("The career center wrote to you."),
                centre.list(friend.id(), 0, 10).items().stream().map(Notification::text).toList(),
                "the friend keeps notices the leaver had no part in");

        // A notice to someone who is gone is dropped, not an error in the module that sent it.
        notifyCommitted(new Notice(leaver.id(), REQUESTED, "Too late.", LINK));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ?", leaver.id()));
    }

    private static Map<String, Delivery> deliveries(List<NotificationSetting> settings) {
        return settings.stream().collect(java.util.stream.Collectors.toMap(s -> s.kind().key(), NotificationSetting::delivery));
    }

    private long mailsQueuedFor(String email) {
        return count("SELECT COUNT(*) FROM platform_outbox WHERE topic = 'mail' AND payload LIKE ?", "%\"to\":\"" + email + "\"%");
    }

    private long count(String sql, Object... parameters) {
        return Sql.count(db, sql, parameters);
    }
}
