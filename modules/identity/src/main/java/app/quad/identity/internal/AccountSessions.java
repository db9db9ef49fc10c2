package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Whether a session signed in earlier may go on. */
@ApplicationScoped
class AccountSessions {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** True while the account is active and nothing has ended its sessions since. */
    boolean isCurrent(long accountId, int sessionVersion) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.status, a.sessionVersion FROM Account a WHERE a.id = :id", Object[].class)
                .setParameter("id", accountId)
                .getResultList();
        return !rows.isEmpty() && rows.get(0)[0] == AccountStatus.ACTIVE
                && ((Number) rows.get(0)[1]).intValue() == sessionVersion;
    }

    int version(long accountId) {
        return em.createQuery("SELECT a.sessionVersion FROM Account a WHERE a.id = :id", Integer.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }
}
