package app.quad.moderation.internal;

import app.quad.moderation.ScreeningRule;
import app.quad.platform.moderation.Screening;
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
@Table(name = "moderation_rule")
class StoredRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ScreeningRule.Kind kind;

    private String pattern;

    @Enumerated(EnumType.STRING)
    private Screening.Verdict verdict;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredRule() {
    }

    StoredRule(ScreeningRule.Kind kind, String pattern, Screening.Verdict verdict, long createdBy, Instant now) {
        this.kind = kind;
        this.pattern = pattern;
        this.verdict = verdict;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    ScreeningRule view() {
        return new ScreeningRule(id, kind, pattern, verdict);
    }
}
