package app.quad.networking.internal;

import app.quad.identity.AccountRegistered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** Gives every new account its networking record, in the registering transaction. */
@ApplicationScoped
class MemberEnrolment {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    void enrol(@Observes AccountRegistered event) {
        em.persist(new Member(event.accountId(), Instant.now()));
    }
}
