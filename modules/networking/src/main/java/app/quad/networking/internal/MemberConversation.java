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

/** The one conversation between two members, the smaller account id first. */
@Entity
@Table(name = "networking_conversation")
class MemberConversation {

    enum Status {
        ACTIVE,
        /** A non-connection's first message waits for the recipient's answer. */
        REQUESTED,
        /** The recipient declined; the requester is not told and sees it as waiting. */
        DECLINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "low_id")
    private long lowId;

    @Column(name = "high_id")
    private long highId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MemberConversation() {
    }

    MemberConversation(long starterId, long otherId, boolean request, Instant now) {
        this.lowId = Math.min(starterId, otherId);
        this.highId = Math.max(starterId, otherId);
        this.status = request ? Status.REQUESTED : Status.ACTIVE;
        this.requestedBy = request ? starterId : null;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    Status getStatus() {
        return status;
    }

    boolean requestedBy(long accountId) {
        return requestedBy != null && requestedBy == accountId;
    }

    boolean involves(long accountId) {
        return lowId == accountId || highId == accountId;
    }

    long other(long accountId) {
        return lowId == accountId ? highId : lowId;
    }

    void activate() {
        status = Status.ACTIVE;
    }

    void decline() {
        status = Status.DECLINED;
    }
}
