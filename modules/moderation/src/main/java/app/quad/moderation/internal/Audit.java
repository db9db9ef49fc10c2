package app.quad.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/** Appends to the audit log, in the caller's transaction: the entry commits with the action or not at all. */
@ApplicationScoped
class Audit {

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    void append(Long actorId, String action, String targetKind, Long targetId, String reason) {
        em.persist(new StoredAudit(actorId, action, targetKind, targetId, reason, Instant.now()));
    }
}
