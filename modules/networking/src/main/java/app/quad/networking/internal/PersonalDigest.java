package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.platform.Delivery;
import app.quad.platform.Mail;
import app.quad.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One person's digest for one period, in a transaction of its own. */
@ApplicationScoped
class PersonalDigest {

    /** Ids per UPDATE, to keep statements short for someone with a long list. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Mailer mailer;

    @Inject
    NotificationConfig config;

    /**
     * Locks the person's waiting notices, queues the mail in the outbox and takes the notices off
     * the waiting list, all in one commit: after a crash either both happened or neither did. A
     * second server running the same digest waits on the locks and then finds nothing.
     *
     * @return whether a mail was queued
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean send(long recipientId, Delivery period, Instant before) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, text, link, created_at, read_at FROM networking_notification"
                        + " WHERE digest = ? AND recipient_id = ? AND created_at < ? ORDER BY id FOR UPDATE")
                .setParameter(1, period.name()).setParameter(2, recipientId).setParameter(3, Timestamp.from(before))
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        List<PendingNotice> pending = new ArrayList<>();
        for (Object[] row : rows) {
            pending.add(new PendingNotice(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    instant(row[3]), row[4] != null));
        }
        // Someone suspended since the notices came gets no mail; the notices still leave the list.
        Optional<Mail> mail = accounts.find(recipientId)
                .filter(account -> account.status() == AccountStatus.ACTIVE)
                .flatMap(account -> mails().digest(account, period, pending));
        mail.ifPresent(mailer::send);
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < pending.size(); from += CHUNK) {
            List<PendingNotice> chunk = pending.subList(from, Math.min(pending.size(), from + CHUNK));
            String ids = String.join(",", chunk.stream().map(notice -> Long.toString(notice.id())).toList());
            em.createNativeQuery("UPDATE networking_notification SET digest = NULL, digested_at = ? WHERE id IN (" + ids + ")")
                    .setParameter(1, now)
                    .executeUpdate();
        }
        return mail.isPresent();
    }

    private NotificationMails mails() {
        return new NotificationMails(config.baseUrl(), config.zone());
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}
