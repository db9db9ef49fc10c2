package app.quad.platform;

/**
 * Delivers outbox messages of one topic. Delivery is at least once: a handler may see the same
 * message again after a crash or a failed commit, so it must be idempotent (the message id is
 * stable across attempts). Throwing means "try again later".
 */
public interface OutboxHandler {

    String topic();

    void handle(OutboxMessage message) throws Exception;
}
