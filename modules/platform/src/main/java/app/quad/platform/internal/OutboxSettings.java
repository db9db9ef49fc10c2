package app.quad.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The outbox worker's settings, from MicroProfile Config (see config/quad.properties). */
@ApplicationScoped
class OutboxSettings {

    @Inject
    @ConfigProperty(name = "quad.outbox.poll-interval-ms", defaultValue = "2000")
    long pollIntervalMs;

    @Inject
    @ConfigProperty(name = "quad.outbox.first-retry-delay-ms", defaultValue = "10000")
    long firstRetryDelayMs;

    @Inject
    @ConfigProperty(name = "quad.outbox.max-retry-delay-ms", defaultValue = "3600000")
    long maxRetryDelayMs;

    @Inject
    @ConfigProperty(name = "quad.outbox.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "quad.outbox.keep-delivered-days", defaultValue = "7")
    int keepDeliveredDays;

    Duration pollInterval() {
        return Duration.ofMillis(pollIntervalMs);
    }

    Duration keepDelivered() {
        return Duration.ofDays(keepDeliveredDays);
    }

    RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofMillis(firstRetryDelayMs), Duration.ofMillis(maxRetryDelayMs), maxAttempts);
    }
}
