package app.quad.platform.internal;

import app.quad.platform.OutboxHandler;
import app.quad.platform.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers one due outbox message at a time, each in its own transaction. */
@ApplicationScoped
class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    @Any
    Instance<OutboxHandler> handlers;

    @Inject
    HandlerInvoker invoker;

    @Inject
    OutboxSettings settings;

    /**
     * Locks the oldest due message (skipping rows another node holds), hands it to its handler
     * and records the outcome. The row lock is held until commit, so two workers never deliver
     * the same message at once.
     *
     * @return whether a message was found, i.e. whether another call may find more
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean deliverNext() {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("""
                        SELECT id FROM platform_outbox
                        WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY next_attempt_at, id
                        LIMIT 1
                        FOR UPDATE SKIP LOCKED""")
                .setParameter(1, Timestamp.from(now))
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxEntry entry = em.find(OutboxEntry.class, due.get(0).longValue());
        OutboxMessage message = entry.nextMessage();
        try {
            invoker.invoke(handlerFor(message.topic()), message);
            entry.delivered(Instant.now());
        } catch (Exception e) {
            LOG.log(Level.WARNING, e, () -> "Outbox message " + message.id() + " (" + message.topic()
                    + ") failed on attempt " + message.attempt());
            entry.attemptFailed(describe(e), Instant.now(), settings.retryPolicy());
        }
        return true;
    }

    private OutboxHandler handlerFor(String topic) {
        return handlers.stream()
                .filter(handler -> handler.topic().equals(topic))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No outbox handler for topic " + topic));
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? error : error + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** Deletes up to {@code limit} rows delivered before the moment; see {@link OutboxPurge}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deleteDelivered(Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM platform_outbox WHERE status = 'DELIVERED' AND delivered_at < ? LIMIT "
                        + limit)
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }
}
