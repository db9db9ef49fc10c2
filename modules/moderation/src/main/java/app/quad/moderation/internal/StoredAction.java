package app.quad.moderation.internal;

import app.quad.platform.moderation.ModerationAction;
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
@Table(name = "moderation_action")
class StoredAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Enumerated(EnumType.STRING)
    private ModerationAction action;

    private String reason;

    @Column(name = "moderator_id")
    private Long moderatorId;

    private Instant until;

    private Instant at;

    protected StoredAction() {
    }

    StoredAction(long caseId, ModerationAction action, String reason, Long moderatorId, Instant until, Instant at) {
        this.caseId = caseId;
        this.action = action;
        this.reason = reason;
        this.moderatorId = moderatorId;
        this.until = until;
        this.at = at;
    }

    ModerationAction action() { return action; }
    String reason() { return reason; }
    Long moderatorId() { return moderatorId; }
    long caseId() { return caseId; }
    Instant until() { return until; }
    Instant at() { return at; }
}
