package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Two connected members, the smaller account id first. */
@Entity
@Table(name = "networking_connection")
class MemberConnection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "low_id")
    private long lowId;

    @Column(name = "high_id")
    private long highId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "met_at")
    private Instant metAt;

    protected MemberConnection() {
    }

    MemberConnection(long a, long b, Instant now) {
        this.lowId = Math.min(a, b);
        this.highId = Math.max(a, b);
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getLowId() {
        return lowId;
    }

    long getHighId() {
        return highId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getMetAt() {
        return metAt;
    }

    /** The two said they met in person; the first time is the one kept. */
    void meet(Instant now) {
        if (metAt == null) {
            metAt = now;
        }
    }
}
