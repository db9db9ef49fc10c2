package app.quad.moderation.internal;

import app.quad.moderation.AuditRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audit line. It has no setters: the log is append-only. */
@Entity
@Table(name = "moderation_audit")
class StoredAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    private String action;

    @Column(name = "target_kind")
    private String targetKind;

    @Column(name = "target_id")
    private Long targetId;

    private String reason;

    protected StoredAudit() {
    }

    StoredAudit(Long actorId, String action, String targetKind, Long targetId, String reason, Instant at) {
        this.actorId = actorId;
        this.action = action;
        this.targetKind = targetKind;
        this.targetId = targetId;
        String text = reason == null ? "" : reason.strip();
        this.reason = text.length() > 1000 ? text.substring(0, 1000) : text;
        this.at = at;
    }

    Long actorId() { return actorId; }

    AuditRecord view(String actorName) {
        return new AuditRecord(id, at, actorId, actorName, action, targetKind, targetId, reason);
    }
}
