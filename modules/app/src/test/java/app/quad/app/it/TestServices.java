package app.quad.app.it;

import app.quad.embedded.EmbeddedDatabase;
import app.quad.embedded.MailSink;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts a fresh MariaDB, mail sink and campus identity provider before the first integration test
 * and stops them after the last, and empties the uploads folder of the previous run. Payara Micro,
 * started by Arquillian, finds them through the environment that failsafe sets (see
 * modules/app/pom.xml) and, for the identity provider, the options in arquillian.xml. Inactive in unit-test runs, where quad.test.services is not set.
 */
public class TestServices implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static MailSink mail;
    private static CampusIdentityProvider identityProvider;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("quad.test.services") || database != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("quad.test.data-dir"));
        deleteRecursively(dataDir);
        deleteRecursively(Path.of(System.getProperty("quad.test.uploads-dir")));
        database = EmbeddedDatabase.start(dataDir, Integer.getInteger("quad.test.db.port"));
        // DemoDataIT's server starts with the demo data, in a database of its own so no other test sees it.
        database.create("quad_demo");
        mail = MailSink.start(Integer.getInteger("quad.test.smtp.port"), Integer.getInteger("quad.test.imap.port"));
        identityProvider = CampusIdentityProvider.start(Integer.getInteger("quad.test.oidc.port"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (identityProvider != null) {
            identityProvider.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** The mail sink, for tests that run outside the server (browser tests). */
    public static MailSink mail() {
        if (mail == null) {
            throw new IllegalStateException("Test services are not running; integration tests run with 'mvn verify'.");
        }
        return mail;
    }

    /** The campus identity provider, for tests of campus sign-in. */
    static CampusIdentityProvider identityProvider() {
        if (identityProvider == null) {
            throw new IllegalStateException("Test services are not running; integration tests run with 'mvn verify'.");
        }
        return identityProvider;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
