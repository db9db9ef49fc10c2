package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;
import app.quad.platform.Delivery;
import app.quad.platform.Mail;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationMailsTest {

    private static final AccountSummary ADA = new AccountSummary(7, "ada@example.edu", "Ada Okafor", Set.of(Role.STUDENT),
            AccountStatus.ACTIVE);

    private final NotificationMails mails = new NotificationMails("https://quad.example.edu", ZoneOffset.UTC);

    private static PendingNotice notice(long id, String text, String createdAt, boolean read) {
        return new PendingNotice(id, text, "/networking/connections/requests.xhtml?id=" + id, Instant.parse(createdAt), read);
    }

    @Test
    void aDigestIsOneMailListingEveryUnreadNoticeOldestFirstWithItsLink() {
        Optional<Mail> mail = mails.digest(ADA, Delivery.DAILY_DIGEST, List.of(
                notice(12, "Chen Wei asked to connect with you.", "2026-11-23T09:30:00Z", false),
                notice(11, "Ben Carter asked to connect with you.", "2026-11-23T08:15:00Z", false)));

        assertTrue(mail.isPresent());
        assertEquals("ada@example.edu", mail.get().to());
        assertEquals("Your daily Quad digest: 2 new notifications", mail.get().subject());
        String text = mail.get().text();
        int ben = text.indexOf("Mon 23 Nov, 08:15: Ben Carter asked to connect with you.");
        int chen = text.indexOf("Mon 23 Nov, 09:30: Chen Wei asked to connect with you.");
        assertTrue(ben >= 0 && chen > ben, text);
        assertTrue(text.contains("https://quad.example.edu/networking/connections/requests.xhtml?id=11"), text);
        assertTrue(text.contains("https://quad.example.edu/networking/connections/requests.xhtml?id=12"), text);
        assertTrue(text.contains("https://quad.example.edu/networking/notifications/settings.xhtml"), text);
        assertTrue(text.startsWith("Hello Ada Okafor,"), text);
    }

    @Test
    void noticesAlreadyReadInQuadAreLeftOut() {
        Mail mail = mails.digest(ADA, Delivery.WEEKLY_DIGEST, List.of(
                notice(1, "Read already.", "2026-11-20T08:00:00Z", true),
                notice(2, "Still new.", "2026-11-21T08:00:00Z", false))).orElseThrow();

        assertEquals("Your weekly Quad digest: 1 new notification", mail.subject());
        assertFalse(mail.text().contains("Read already."));
        assertTrue(mail.text().contains("Still new."));
        assertTrue(mail.text().contains("since your last weekly digest"));
    }

    @Test
    void nothingUnreadMeansNoMail() {
        assertTrue(mails.digest(ADA, Delivery.DAILY_DIGEST, List.of(notice(1, "Seen.", "2026-11-20T08:00:00Z", true))).isEmpty());
        assertTrue(mails.digest(ADA, Delivery.DAILY_DIGEST, List.of()).isEmpty());
    }

    @Test
    void aLongListNamesTheFirstFiftyAndCountsTheRest() {
        List<PendingNotice> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(new PendingNotice(i, "Notice number " + i + ".", "/x.xhtml", Instant.parse("2026-11-20T08:00:00Z").plusSeconds(i), false));
        }
        Mail mail = mails.digest(ADA, Delivery.DAILY_DIGEST, many).orElseThrow();

        assertEquals("Your daily Quad digest: 60 new notifications", mail.subject());
        assertTrue(mail.text().contains("Notice number 49."));
        assertFalse(mail.text().contains("Notice number 50."));
        assertTrue(mail.text().contains("…and 10 more in Quad."));
    }

    @Test
    void anImmediateMailCarriesTheTextAndTheFullLink() {
        Mail mail = mails.immediate(ADA, "Ben Carter sent you a message.", "/networking/messages/thread.xhtml?id=5");

        assertEquals("Ben Carter sent you a message.", mail.subject());
        assertTrue(mail.text().contains("https://quad.example.edu/networking/messages/thread.xhtml?id=5"));
        assertTrue(mail.text().contains("https://quad.example.edu/networking/notifications/settings.xhtml"));
    }
}
