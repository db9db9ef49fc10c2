package app.quad.app.it.support;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads the test mail sink over IMAP from inside the server. The sink accepts any password
 * and files each message under its recipient's address.
 */
public final class Mailbox {

    private Mailbox() {
    }

    /** The subjects of all messages delivered to {@code address}. */
    public static List<String> subjectsFor(String address) {
        return read(address, false);
    }

    /** The plain-text bodies of all messages delivered to {@code address} (the text part of a multipart one). */
    public static List<String> textsFor(String address) {
        return read(address, true);
    }

    /**
     * The calendar attachments (text/calendar parts) of all messages delivered to {@code address},
     * each as "Content-Type header\n\ncontent", oldest first.
     */
    public static List<String> calendarsFor(String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getenv("QUAD_TEST_IMAP_PORT"));
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> calendars = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                if (message.getContent() instanceof jakarta.mail.Multipart parts) {
                    for (int i = 0; i < parts.getCount(); i++) {
                        jakarta.mail.BodyPart part = parts.getBodyPart(i);
                        if (part.isMimeType("text/calendar")) {
                            try (java.io.InputStream in = part.getInputStream()) {
                                calendars.add(part.getContentType() + "\n\n"
                                        + new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            inbox.close(false);
            return calendars;
        } catch (MessagingException | java.io.IOException e) {
            return List.of();
        }
    }

    private static List<String> read(String address, boolean bodies) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", System.getenv("QUAD_TEST_IMAP_PORT"));
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect(address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(bodies ? text(message) : message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } catch (MessagingException | java.io.IOException e) {
            // No mailbox yet: nothing was delivered to the address.
            return List.of();
        }
    }

    private static String text(Message message) throws MessagingException, java.io.IOException {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return String.valueOf(parts.getBodyPart(i).getContent());
                }
            }
        }
        return String.valueOf(content);
    }
}
