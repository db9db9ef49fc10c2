package app.quad.networking.internal;

import app.quad.identity.Accounts;
import app.quad.identity.DirectoryOptOutChanged;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * A student who leaves the directory disappears from employers' lists at once: open connection
 * requests between them and people of employer organisations are closed, in the opting-out
 * transaction, so no employer's "sent" list keeps naming them. Suggestions, member lists and
 * profiles ask identity at read time, so they need nothing here. Conversations the student has
 * already accepted stay: they chose to talk.
 */
@ApplicationScoped
class DirectoryOptOut {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Accounts accounts;

    void changed(@Observes DirectoryOptOutChanged event) {
        if (!event.optedOut()) {
            return;
        }
        long student = event.accountId();
        List<ConnectionRequest> open = em.createQuery("SELECT r FROM ConnectionRequest r"
                        + " WHERE (r.recipientId = :student OR r.requesterId = :student) AND r.status IN :open", ConnectionRequest.class)
                .setParameter("student", student)
                .setParameter("open", List.of(ConnectionRequest.Status.PENDING, ConnectionRequest.Status.DECLINED))
                .getResultList();
        Instant now = Instant.now();
        for (ConnectionRequest request : open) {
            long other = request.getRequesterId() == student ? request.getRecipientId() : request.getRequesterId();
            if (accounts.find(other).map(account -> account.holds(Role.EMPLOYER)).orElse(false)) {
                request.decide(ConnectionRequest.Status.CLOSED, now);
            }
        }
    }
}
