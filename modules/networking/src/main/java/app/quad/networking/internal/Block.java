package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "networking_block")
class Block {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "blocker_id")
    private long blockerId;

    @Column(name = "blocked_id")
    private long blockedId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Block() {
    }

    Block(long blockerId, long blockedId, Instant now) {
        this.blockerId = blockerId;
        this.blockedId = blockedId;
        this.createdAt = now;
    }
}
