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
 * Starts a fresh MariaDB and mail sink before the first integration test and stops them after the
 * last. Payara Micro, started by Arquillian, finds them through the environment that failsafe sets
 * (see modules/app/pom.xml). Inactive in unit-test runs, where quad.test.services is not set.
 */
public class TestServices implements LauncherSessionListener {

    private static EmbeddedDatabase database;
    private static MailSink mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("quad.test.services") || database != null) {
            return;
        }
        Path dataDir = Path.of(System.getProperty("quad.test.data-dir"));
        deleteRecursively(dataDir);
        database = EmbeddedDatabase.start(dataDir, Integer.getInteger("quad.test.db.port"));
        mail = MailSink.start(Integer.getInteger("quad.test.smtp.port"), Integer.getInteger("quad.test.imap.port"));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
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
