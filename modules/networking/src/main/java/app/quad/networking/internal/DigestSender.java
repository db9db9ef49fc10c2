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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        Set<Long> failed = new HashSet<>();
        int sent = 0;
        while (true) {
            // Each person's waiting notices leave the list as their digest commits, so the next query finds the next people.
            @SuppressWarnings("unchecked")
            List<Number> due = em.createNativeQuery("SELECT DISTINCT recipient_id FROM networking_notification"
                            + " WHERE digest = ? AND created_at < ? LIMIT " + (BATCH + failed.size()))
                    .setParameter(1, period.name()).setParameter(2, Timestamp.from(before))
                    .getResultList();
            List<Long> people = due.stream().map(Number::longValue).filter(id -> !failed.contains(id)).toList();
            if (people.isEmpty()) {
                return sent;
            }
            for (long person : people) {
                try {
                    if (personal.send(person, period, before)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // One person's trouble must not hold up everyone else's digest; theirs is tried next time.
                    failed.add(person);
                    LOG.log(Level.WARNING, e, () -> "The " + period + " for account " + person + " failed");
                }
            }
        }
    }
}
