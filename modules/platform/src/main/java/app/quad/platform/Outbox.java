package app.quad.platform;

/**
 * Records a side effect outside the database (a mail, a notification) in the caller's transaction.
 * After commit a worker hands it to the {@link OutboxHandler} for its topic, retrying with back-off
 * until it succeeds or is marked failed; if the transaction rolls back, nothing is sent.
 */
public interface Outbox {

    /**
     * @param topic   which handler delivers the message
     * @param payload what the handler needs, usually JSON; ids rather than copies of data
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    void enqueue(String topic, String payload);
}
