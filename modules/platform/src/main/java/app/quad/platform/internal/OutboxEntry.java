package app.quad.platform.internal;

import app.quad.platform.OutboxMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

@Entity
@Table(name = "platform_outbox")
public class OutboxEntry {

    public enum Status { PENDING, DELIVERED, FAILED }

    static final int MAX_ERROR_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String topic;

    private String payload;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEntry() {
    }

    OutboxEntry(String topic, String payload, Instant now) {
        this.topic = topic;
        this.payload = payload;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The message for the next attempt. */
    OutboxMessage nextMessage() {
        return new OutboxMessage(id, topic, payload, attempts + 1);
    }

    void delivered(Instant now) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastError = null;
    }

    /** Records a failed attempt: retried at the policy's next time, or marked failed for good. */
    void attemptFailed(String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        Optional<Instant> next = policy.nextAttempt(attempts, now);
        if (next.isPresent()) {
            nextAttemptAt = next.get();
        } else {
            status = Status.FAILED;
        }
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }
}
