package app.quad.moderation.internal;

import app.quad.moderation.Appeal;
import app.quad.moderation.AppealStatus;
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
@Table(name = "moderation_appeal")
class StoredAppeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "author_id")
    private long authorId;

    private String text;

    @Enumerated(EnumType.STRING)
    private AppealStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String answer;

    protected StoredAppeal() {
    }

    StoredAppeal(long caseId, long authorId, String text, Instant now) {
        this.caseId = caseId;
        this.authorId = authorId;
        this.text = text;
        this.status = AppealStatus.OPEN;
        this.createdAt = now;
    }

    long id() { return id; }
    long caseId() { return caseId; }
    long authorId() { return authorId; }
    AppealStatus status() { return status; }

    void answer(long moderatorId, boolean reverse, String answer, Instant now) {
        this.status = reverse ? AppealStatus.REVERSED : AppealStatus.UPHELD;
        this.decidedBy = moderatorId;
        this.decidedAt = now;
        this.answer = answer;
    }

    Appeal view() {
        return new Appeal(id, caseId, authorId, text, status, createdAt, answer);
    }
}
