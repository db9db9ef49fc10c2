package app.quad.platform.internal;

import app.quad.platform.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

@ApplicationScoped
class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String payload) {
        em.persist(new OutboxEntry(topic, payload, Instant.now()));
    }
}
