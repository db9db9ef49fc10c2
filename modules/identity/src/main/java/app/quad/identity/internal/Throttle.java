package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed attempts per e-mail address, known or not, and says when an address is blocked.
 * Each purpose counts on its own. Each call commits on its own, so a failure is counted even
 * though the attempt fails.
 */
@ApplicationScoped
class Throttle {

    enum Purpose {
        SIGN_IN,
        PASSWORD_RESET,
        /** The current password asked again by a signed-in person, counted under the account's address. */
        REAUTHENTICATION
    }

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** When the address is blocked for the purpose, the moment the block ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Instant> blockedUntil(String email, Purpose purpose, Instant now) {
        ThrottleEntry entry = em.find(ThrottleEntry.class, key(email, purpose));
        if (entry == null || !ThrottleRule.blocked(entry.state(), now)) {
            return Optional.empty();
        }
        return Optional.of(entry.state().blockedUntil());
    }

    /** Counts a failure; returns when the address is blocked from now on, if it is. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Instant> recordFailure(String email, Purpose purpose, Instant now) {
        ThrottleKey key = key(email, purpose);
        // Parallel failures must each count, so the row is created if missing and then locked.
        em.createNativeQuery("INSERT IGNORE INTO identity_throttle"
                        + " (subject_hash, purpose, window_start, failures, lockouts) VALUES (?, ?, ?, 0, 0)")
                .setParameter(1, subjectHash(email))
                .setParameter(2, purpose.name())
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        ThrottleEntry entry = em.find(ThrottleEntry.class, key, LockModeType.PESSIMISTIC_WRITE);
        ThrottleRule.State next = ThrottleRule.afterFailure(entry.state(), now);
        entry.update(next);
        return ThrottleRule.blocked(next, now) ? Optional.of(next.blockedUntil()) : Optional.empty();
    }

    /** Forgets the failures after a success. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void clear(String email, Purpose purpose) {
        ThrottleEntry entry = em.find(ThrottleEntry.class, key(email, purpose));
        if (entry != null) {
            em.remove(entry);
        }
    }

    private static ThrottleKey key(String email, Purpose purpose) {
        return new ThrottleKey(subjectHash(email), purpose.name());
    }

    private static String subjectHash(String email) {
        return Tokens.hash(EmailAddresses.normalise(email));
    }
}
