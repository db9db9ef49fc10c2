package app.quad.platform.internal;

import app.quad.platform.Mail;
import app.quad.platform.OutboxHandler;
import app.quad.platform.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Delivers queued mail to the configured SMTP server. */
@ApplicationScoped
class SmtpMailHandler implements OutboxHandler {

    @Inject
    @ConfigProperty(name = "quad.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "quad.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "quad.mail.from", defaultValue = "Quad <no-reply@quad.invalid>")
    String from;

    @Inject
    @ConfigProperty(name = "quad.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "quad.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "quad.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Override
    public String topic() {
        return OutboxMailer.TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws MessagingException {
        Mail mail = OutboxMailer.read(message.payload());
        MimeMessage mime = new OutboxMimeMessage(session(), message.id());
        mime.setFrom(new InternetAddress(from));
        mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
        mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachments().isEmpty()) {
            mime.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            mime.setContent(multipart(mail));
        }
        mime.setSentDate(new Date());
        Transport.send(mime);
    }

    /** The text first, then each attachment, as mail programs expect of multipart/mixed. */
    static MimeMultipart multipart(Mail mail) throws MessagingException {
        MimeMultipart multipart = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        multipart.addBodyPart(text);
        for (Mail.Attachment attachment : mail.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            // A data source rather than setText: the content type carries parameters such as
            // method=REQUEST that calendar programs read, and setText would replace them.
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(
                    attachment.content().getBytes(StandardCharsets.UTF_8), attachment.contentType())));
            part.setFileName(attachment.fileName());
            part.setDisposition(Part.ATTACHMENT);
            multipart.addBodyPart(part);
        }
        return multipart;
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "20000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        props.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (user.isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail.smtp.auth", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }

    /**
     * A message whose Message-ID comes from the outbox row, so that a redelivery after a crash
     * carries the same id and mail systems can recognise the duplicate.
     */
    private static final class OutboxMimeMessage extends MimeMessage {

        private final long outboxId;

        OutboxMimeMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<outbox." + outboxId + "@quad>");
        }
    }
}
