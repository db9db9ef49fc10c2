package app.quad.platform;

/** One recorded side effect as a handler sees it; {@code attempt} counts from 1. */
public record OutboxMessage(long id, String topic, String payload, int attempt) {
}
