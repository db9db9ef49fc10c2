package app.quad.platform;

/**
 * Tells people what happened, through the notification centre, by e-mail or in a digest, as each
 * recipient chose for the notice's kind. Any module may call it; the networking module implements
 * it, so no module depends on networking to notify.
 */
public interface Notifications {

    /**
     * Records the notice, and any mail it causes, in the caller's transaction: it is committed
     * with the change that caused it, or rolled back with it. A notice to an account that no longer
     * exists, or of a kind the recipient turned off, is dropped.
     *
     * @throws IllegalArgumentException when no module declares the notice's kind
     * @throws jakarta.transaction.TransactionalException when called outside a transaction
     */
    void notify(Notice notice);
}
