package app.quad.networking.internal;

import app.quad.networking.NotificationDigests;
import app.quad.platform.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends a period's digests, one person (and one transaction) at a time. */
@ApplicationScoped
class DigestSender implements NotificationDigests {

    private static final Logger LOG = Logger.getLogger(DigestSender.class.getName());

    /** People looked up per query. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    PersonalDigest personal;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int send(Delivery period, Instant before) {
        if (!period.digest()) {
            throw new IllegalArgumentException("not a digest: " + period);
        }
        Timestamp boundary = Timestamp.from(before);
        // The check every few minutes usually finds nothing due; this answers that from the index alone.
        if (em.createNativeQuery("SELECT 1 FROM networking_notification WHERE digest = ? AND created_at < ? LIMIT 1")
                .setParameter(1, period.name()).setParameter(2, boundary)
                .getResultList().isEmpty()) {
            return 0;
        }
        int sent = 0;
        long after = 0;
        while (true) {
            // In order of person, so each person is looked at once per run whatever happens to their digest.
            @SuppressWarnings("unchecked")
            List<Number> due = em.createNativeQuery("SELECT DISTINCT recipient_id FROM networking_notification"
                            + " WHERE digest = ? AND recipient_id > ? AND created_at < ? ORDER BY recipient_id LIMIT " + BATCH)
                    .setParameter(1, period.name()).setParameter(2, after).setParameter(3, boundary)
                    .getResultList();
            for (Number id : due) {
                long person = id.longValue();
                after = person;
                try {
                    if (personal.send(person, period, before)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // One person's trouble must not hold up everyone else's digest; theirs is tried at the next check.
                    LOG.log(Level.WARNING, e, () -> "The " + period + " for account " + person + " failed");
                }
            }
            if (due.size() < BATCH) {
                return sent;
            }
        }
    }
}
