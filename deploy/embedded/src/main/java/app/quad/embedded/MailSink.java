package app.quad.embedded;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.time.Duration;
import java.util.List;

/**
 * An SMTP server on 127.0.0.1 that accepts every message and keeps it in memory, so that
 * nothing Quad sends in a demo or a test leaves the machine. Its IMAP side lets code running
 * inside the application server read the mail too.
 */
public final class MailSink implements AutoCloseable {

    private final GreenMail greenMail;

    private MailSink(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailSink start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailSink(greenMail);
    }

    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Waits until at least {@code count} messages have arrived in total. */
    public boolean awaitCount(int count, Duration timeout) {
        return greenMail.waitForIncomingEmail(timeout.toMillis(), count);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
