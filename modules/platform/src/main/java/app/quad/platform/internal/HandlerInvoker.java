package app.quad.platform.internal;

import app.quad.platform.OutboxHandler;
import app.quad.platform.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs a handler in a transaction of its own, so that a handler which fails after touching the
 * database rolls back its own work without dooming the transaction that records the attempt.
 */
@ApplicationScoped
class HandlerInvoker {

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, rollbackOn = Exception.class)
    public void invoke(OutboxHandler handler, OutboxMessage message) throws Exception {
        handler.handle(message);
    }
}
