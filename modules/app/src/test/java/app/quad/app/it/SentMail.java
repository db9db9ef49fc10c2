package app.quad.app.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail Quad sent, as the test mail sink in this JVM received it. */
final class SentMail {

    private SentMail() {
    }

    /** The messages delivered to the address so far. */
    static List<MimeMessage> to(String email) {
        return TestServices.mail().received().stream().filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    static boolean await(String email, String subject) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            boolean found = to(email).stream().anyMatch(message -> {
                try {
                    return subject.equals(message.getSubject());
                } catch (MessagingException e) {
                    return false;
                }
            });
            if (found) {
                return true;
            }
            pause();
        }
        return false;
    }

    /** The path and query of the link to the page in the latest mail to the address. */
    static String linkIn(String email, String pagePath) {
        Pattern link = Pattern.compile("https?://\\S+?(" + Pattern.quote(pagePath) + "\\?token=[A-Za-z0-9_-]+)");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(email);
            for (int i = mails.size() - 1; i >= 0; i--) {
                try {
                    Matcher matcher = link.matcher(String.valueOf(mails.get(i).getContent()));
                    if (matcher.find()) {
                        return matcher.group(1);
                    }
                } catch (IOException | MessagingException e) {
                    throw new AssertionError(e);
                }
            }
            pause();
        }
        throw new AssertionError("no mail to " + email + " with a link to " + pagePath);
    }

    /**
     * The first text/calendar attachment of the mail to the address, waited for, as
     * "Content-Type header\n\ncontent" with iCalendar's folded lines joined again.
     */
    static String calendarTo(String email) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : to(email)) {
                try {
                    if (message.getContent() instanceof jakarta.mail.Multipart parts) {
                        for (int i = 0; i < parts.getCount(); i++) {
                            jakarta.mail.BodyPart part = parts.getBodyPart(i);
                            if (part.isMimeType("text/calendar")) {
                                try (java.io.InputStream in = part.getInputStream()) {
                                    String ics = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                                    return part.getContentType() + "\n\n" + ics.replace("\r\n ", "");
                                }
                            }
                        }
                    }
                } catch (IOException | MessagingException e) {
                    throw new AssertionError(e);
                }
            }
            pause();
        }
        throw new AssertionError("no mail with a calendar attachment to " + email);
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
