package app.quad.moderation.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Deletes the screener's counts once they are older than its longest window (a day), hourly, so
 * moderation_counter holds one day of traffic however long Quad runs. An enterprise bean for its timer.
 */
@Singleton
public class CounterPurge {

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Schedule(hour = "*", minute = "41", persistent = false)
    public void hourly() {
        purge(Instant.now());
    }

    /** @return how many rows were deleted */
    public int purge(Instant now) {
        return em.createNativeQuery("DELETE FROM moderation_counter WHERE minute < ?")
                .setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES)))
                .executeUpdate();
    }
}
