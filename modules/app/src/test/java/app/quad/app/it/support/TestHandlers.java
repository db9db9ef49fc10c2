package app.quad.app.it.support;

import app.quad.platform.OutboxHandler;
import app.quad.platform.OutboxMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Outbox handlers that fail on purpose, deployed only with the tests. */
public final class TestHandlers {

    public static final String FLAKY = "test.flaky";
    public static final String BROKEN = "test.broken";

    private TestHandlers() {
    }

    /** Fails the first two attempts of each message, then succeeds. */
    @ApplicationScoped
    public static class Flaky implements OutboxHandler {

        private final Map<Long, Integer> calls = new ConcurrentHashMap<>();

        @Override
        public String topic() {
            return FLAKY;
        }

        @Override
        public void handle(OutboxMessage message) {
            int call = calls.merge(message.id(), 1, Integer::sum);
            if (call < 3) {
                throw new IllegalStateException("flaky failure " + call);
            }
        }

        public int calls(long messageId) {
            return calls.getOrDefault(messageId, 0);
        }
    }

    /** Always fails. */
    @ApplicationScoped
    public static class Broken implements OutboxHandler {

        @Override
        public String topic() {
            return BROKEN;
        }

        @Override
        public void handle(OutboxMessage message) {
            throw new IllegalStateException("the receiving system is down");
        }
    }
}
