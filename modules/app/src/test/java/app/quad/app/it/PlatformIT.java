package app.quad.app.it;

import app.quad.app.it.support.Await;
import app.quad.app.it.support.FailingEnrolment;
import app.quad.app.it.support.Mailbox;
import app.quad.app.it.support.TestHandlers;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.EmailTakenException;
import app.quad.identity.NewAccount;
import app.quad.identity.Role;
import app.quad.platform.Mail;
import app.quad.platform.Mailer;
import app.quad.platform.Outbox;
import app.quad.platform.internal.OutboxPurge;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation on a real server and database: migrations, persistence, an event crossing
 * two modules inside one transaction, and the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final Duration DELIVERY = Duration.ofSeconds(20);
    private static final String PASSWORD = "a long enough password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    Outbox outbox;

    @Inject
    TestHandlers.Flaky flaky;

    @Inject
    OutboxPurge purge;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void everyModuleHasMigratedItsOwnSchema() throws SQLException {
        for (String module : List.of("platform", "identity", "networking", "groups", "jobs", "moderation")) {
            assertEquals(1, count("SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = ?", "flyway_history_" + module), module);
            assertEquals(0, count("SELECT COUNT(*) FROM flyway_history_" + module + " WHERE success = 0"), module);
        }
        assertEquals("utf8mb4_unicode_ci", string("SELECT table_collation FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'identity_account'"));
    }

    @Test
    void accountIsStoredInTheMigrationCreatedTableAndReadBack() {
        String email = unique("persist") + "@example.edu";
        long id = accounts.register(new NewAccount("  " + email.toUpperCase() + " ", " Grace Hopper ", PASSWORD,
                Set.of(Role.STUDENT, Role.MODERATOR)));

        AccountSummary stored = accounts.find(id).orElseThrow();
        assertEquals(new AccountSummary(id, email, "Grace Hopper", Set.of(Role.STUDENT, Role.MODERATOR), AccountStatus.ACTIVE), stored);
        assertEquals(stored, accounts.findByEmail(email.toUpperCase()).orElseThrow());
    }

    @Test
    void passwordIsStoredOnlyAsAPbkdf2Hash() throws SQLException {
        String email = unique("hash") + "@example.edu";
        long id = accounts.register(new NewAccount(email, "Hashed", PASSWORD, Set.of(Role.STUDENT)));
        String hash = string("SELECT password_hash FROM identity_account WHERE id = ?", id);
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash);
        assertFalse(hash.contains(PASSWORD));
    }

    @Test
    void aSecondAccountForTheSameAddressIsRefused() {
        String email = unique("twice") + "@example.edu";
        accounts.register(new NewAccount(email, "First", PASSWORD, Set.of(Role.STUDENT)));
        assertThrows(EmailTakenException.class,
                () -> accounts.register(new NewAccount(email.toUpperCase(), "Second", PASSWORD, Set.of(Role.STUDENT))));
    }

    @Test
    void registrationEnrolsTheMemberInNetworkingInTheSameTransaction() throws Exception {
        String email = unique("event") + "@example.edu";
        tx.begin();
        long id = accounts.register(new NewAccount(email, "Linus", PASSWORD, Set.of(Role.ALUMNI)));
        tx.commit();
        assertEquals(1, count("SELECT COUNT(*) FROM networking_member WHERE account_id = ?", id));
    }

    @Test
    void rolledBackRegistrationLeavesNoRowInEitherModule() throws Exception {
        String email = unique("rollback") + "@example.edu";
        tx.begin();
        long id = accounts.register(new NewAccount(email, "Rolled Back", PASSWORD, Set.of(Role.STUDENT)));
        tx.rollback();

        assertEquals(0, count("SELECT COUNT(*) FROM identity_account WHERE email = ?", email));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_member WHERE account_id = ?", id));
    }

    @Test
    void aFailingObserverRollsBackTheRegistration() throws SQLException {
        String email = FailingEnrolment.PREFIX + unique("observer") + "@example.edu";
        assertThrows(Exception.class,
                () -> accounts.register(new NewAccount(email, "Doomed", PASSWORD, Set.of(Role.STUDENT))));

        assertEquals(0, count("SELECT COUNT(*) FROM identity_account WHERE email = ?", email));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_member m"
                + " WHERE NOT EXISTS (SELECT 1 FROM identity_account a WHERE a.id = m.account_id)"));
    }

    @Test
    void mailIsDeliveredAfterCommit() throws Exception {
        String to = unique("mail") + "@example.edu";
        tx.begin();
        mailer.send(new Mail(to, "Welcome to Quad", "Hello from the outbox."));
        assertTrue(Mailbox.subjectsFor(to).isEmpty(), "nothing may leave before commit");
        tx.commit();

        assertTrue(Await.until(DELIVERY, () -> Mailbox.subjectsFor(to).contains("Welcome to Quad")));
        assertTrue(Await.until(DELIVERY, () -> status(to).equals("DELIVERED")));
    }

    @Test
    void deliveredMailIsDeletedAfterTheRetentionPeriodButFailedMailIsKept() throws Exception {
        String old = unique("old") + "@example.edu";
        String recent = unique("recent") + "@example.edu";
        for (String to : List.of(old, recent)) {
            tx.begin();
            mailer.send(new Mail(to, "Kept for a while", "Hello."));
            tx.commit();
            assertTrue(Await.until(DELIVERY, () -> status(to).equals("DELIVERED")));
        }
        execute("UPDATE platform_outbox SET delivered_at = NOW(6) - INTERVAL 8 DAY WHERE payload LIKE ?", "%" + old + "%");
        String failed = unique("failed") + "@example.edu";
        tx.begin();
        mailer.send(new Mail(failed, "Never delivered", "Hello."));
        tx.commit();
        execute("UPDATE platform_outbox SET status = 'FAILED', delivered_at = NOW(6) - INTERVAL 30 DAY WHERE payload LIKE ?",
                "%" + failed + "%");

        assertTrue(purge.purge(Instant.now()) >= 1);

        assertEquals(0, count("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%" + old + "%"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%" + recent + "%"));
        assertEquals(1, count("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%" + failed + "%"));
    }

    @Test
    void rolledBackTransactionLeavesNoOutboxRowAndSendsNothing() throws Exception {
        String to = unique("nomail") + "@example.edu";
        tx.begin();
        mailer.send(new Mail(to, "Never sent", "This transaction rolls back."));
        tx.rollback();

        assertEquals(0, count("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%" + to + "%"));
        // Give a wrongly recorded message time to be delivered before concluding none was.
        Thread.sleep(1500);
        assertTrue(Mailbox.subjectsFor(to).isEmpty());
    }

    @Test
    void aFailingHandlerIsRetriedUntilItSucceeds() throws Exception {
        String payload = unique("flaky");
        tx.begin();
        outbox.enqueue(TestHandlers.FLAKY, payload);
        tx.commit();

        assertTrue(Await.until(DELIVERY, () -> status(payload).equals("DELIVERED")), "status " + status(payload));
        long id = count("SELECT id FROM platform_outbox WHERE payload = ?", payload);
        assertEquals(3, flaky.calls(id));
        assertEquals(3, count("SELECT attempts FROM platform_outbox WHERE id = ?", id));
        assertEquals(null, string("SELECT last_error FROM platform_outbox WHERE id = ?", id));
    }

    @Test
    void aHandlerThatKeepsFailingIsMarkedFailedWithItsError() throws Exception {
        String payload = unique("broken");
        tx.begin();
        outbox.enqueue(TestHandlers.BROKEN, payload);
        tx.commit();

        assertTrue(Await.until(DELIVERY, () -> status(payload).equals("FAILED")), "status " + status(payload));
        assertEquals(3, count("SELECT attempts FROM platform_outbox WHERE payload = ?", payload));
        assertTrue(string("SELECT last_error FROM platform_outbox WHERE payload = ?", payload)
                .contains("the receiving system is down"));
    }

    @Test
    void theOutboxRefusesWorkOutsideATransaction() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(TestHandlers.FLAKY, unique("no-tx")));
    }

    private static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The outbox status of the message whose payload mentions {@code text}, or "" if none. */
    private String status(String text) {
        try {
            String status = string("SELECT status FROM platform_outbox WHERE payload LIKE ?", "%" + text + "%");
            return status == null ? "" : status;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private long count(String sql, Object... params) throws SQLException {
        String value = string(sql, params);
        return value == null ? 0 : Long.parseLong(value);
    }

    private String string(String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values.isEmpty() ? null : values.get(0);
            }
        }
    }
}
