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

    /** The plain-text bodies of all messages delivered to {@code address}. */
    public static List<String> textsFor(String address) {
        return read(address, true);
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
                subjects.add(bodies ? String.valueOf(message.getContent()) : message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } catch (MessagingException | java.io.IOException e) {
            // No mailbox yet: nothing was delivered to the address.
            return List.of();
        }
    }
}
