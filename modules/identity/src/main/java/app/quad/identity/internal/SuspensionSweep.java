package app.quad.identity.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * Ends suspensions for a period once they have run their course, every five minutes, so the
 * person's posts and messages come back whether or not they sign in. Signing in (by password or
 * through the campus) lifts an ended suspension at once. An enterprise bean for its timer.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SuspensionSweep {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    JpaAccountSanctions sanctions;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void everyFiveMinutes() {
        lift(Instant.now());
    }

    /** @return how many suspensions ended; each in its own transaction, with its own AccountReactivated */
    public int lift(Instant now) {
        List<Long> over = em.createQuery("SELECT a.id FROM Account a WHERE a.status = app.quad.identity.AccountStatus.SUSPENDED"
                + " AND a.suspendedUntil IS NOT NULL AND a.suspendedUntil <= :now", Long.class).setParameter("now", now).getResultList();
        int lifted = 0;
        for (long accountId : over) {
            if (sanctions.liftIfOver(accountId)) {
                lifted++;
            }
        }
        return lifted;
    }
}
