package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A request to connect, with the requester's note. Kept after the answer: it counts toward the weekly budget. */
@Entity
@Table(name = "networking_connection_request")
class ConnectionRequest {

    enum Status {
        PENDING, ACCEPTED,
        /** Declined; the requester is not told and still sees it as unanswered. */
        DECLINED,
        WITHDRAWN,
        /** Overtaken: the two connected another way, or one blocked the other. */
        CLOSED;

        /** The requester cannot tell this from unanswered, so they may not ask again while it lasts. */
        boolean looksOpen() {
            return this == PENDING || this == DECLINED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_id")
    private long requesterId;

    @Column(name = "recipient_id")
    private long recipientId;

    private String note;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ConnectionRequest() {
    }

    ConnectionRequest(long requesterId, long recipientId, String note, Instant now) {
        this.requesterId = requesterId;
        this.recipientId = recipientId;
        this.note = note;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void decide(Status outcome, Instant now) {
        this.status = outcome;
        this.decidedAt = now;
    }

    Long getId() {
        return id;
    }

    long getRequesterId() {
        return requesterId;
    }

    long getRecipientId() {
        return recipientId;
    }

    String getNote() {
        return note;
    }

    Status getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
