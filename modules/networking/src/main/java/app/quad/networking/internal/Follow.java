package app.quad.networking.internal;

import app.quad.networking.FollowTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "networking_follow")
class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "follower_id")
    private long followerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind")
    private FollowTarget.Kind targetKind;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Follow() {
    }

    Follow(long followerId, FollowTarget target, Instant now) {
        this.followerId = followerId;
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.createdAt = now;
    }

    FollowTarget target() {
        return new FollowTarget(targetKind, targetId);
    }
}
