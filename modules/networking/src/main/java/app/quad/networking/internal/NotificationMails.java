package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.platform.Delivery;
import app.quad.platform.Mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The wording of notification mails: one notice at once, or a digest of several. */
final class NotificationMails {

    static final String LIST_PATH = "/networking/notifications/list.xhtml";
    static final String SETTINGS_PATH = "/networking/notifications/settings.xhtml";

    /** A digest names at most this many notices and points to Quad for the rest, so it stays readable. */
    static final int MAX_LISTED = 50;

    private static final int MAX_SUBJECT = 150;

    private final String baseUrl;

    private final ZoneId zone;

    NotificationMails(String baseUrl, ZoneId zone) {
        this.baseUrl = baseUrl;
        this.zone = zone;
    }

    Mail immediate(AccountSummary to, String text, String link) {
        String subject = text.length() <= MAX_SUBJECT ? text : text.substring(0, MAX_SUBJECT - 1) + "\u2026";
        return new Mail(to.email(), subject, """
                Hello %s,

                %s

                %s

                You get this mail at once because of your notification settings. To choose how Quad tells you
                about this, open:
                %s

                Quad, run by your career center
                """.formatted(to.displayName(), text, baseUrl + link, baseUrl + SETTINGS_PATH));
    }

    /**
     * One mail listing the notices still unread, oldest first; notices the person already read in
     * Quad are left out, and when nothing unread is left there is no mail.
     */
    Optional<Mail> digest(AccountSummary to, Delivery period, List<PendingNotice> pending) {
        List<PendingNotice> unread = pending.stream().filter(notice -> !notice.read())
                .sorted(Comparator.comparing(PendingNotice::createdAt).thenComparing(PendingNotice::id))
                .toList();
        if (unread.isEmpty()) {
            return Optional.empty();
        }
        String daily = period == Delivery.DAILY_DIGEST ? "daily" : "weekly";
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).withZone(zone);
        StringBuilder list = new StringBuilder();
        for (PendingNotice notice : unread.subList(0, Math.min(MAX_LISTED, unread.size()))) {
            list.append("- ").append(when.format(notice.createdAt())).append(": ").append(notice.text()).append('\n')
                    .append("  ").append(baseUrl).append(notice.link()).append("\n\n");
        }
        if (unread.size() > MAX_LISTED) {
            list.append("…and ").append(unread.size() - MAX_LISTED).append(" more in Quad.\n\n");
        }
        String count = unread.size() == 1 ? "1 new notification" : unread.size() + " new notifications";
        return Optional.of(new Mail(to.email(), "Your " + daily + " Quad digest: " + count, """
                Hello %s,

                Here is what happened on Quad since your last %s digest:

                %sAll your notifications:
                %s

                You get this digest because of your notification settings. To choose what comes in it, or
                to get a kind of notice at once instead, open:
                %s

                Quad, run by your career center
                """.formatted(to.displayName(), daily, list, baseUrl + LIST_PATH, baseUrl + SETTINGS_PATH)));
    }
}
