package app.quad.networking.internal;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSuspended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A suspended person's posts leave every feed until they are reactivated, in the same transaction. */
@ApplicationScoped
class PostSuspension {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    void suspended(@Observes AccountSuspended event) {
        mark(event.accountId(), true);
    }

    void reactivated(@Observes AccountReactivated event) {
        mark(event.accountId(), false);
    }

    private void mark(long authorId, boolean suspended) {
        em.createNativeQuery("UPDATE networking_post SET author_suspended = ? WHERE author_id = ?")
                .setParameter(1, suspended).setParameter(2, authorId).executeUpdate();
    }
}
