package app.quad.moderation.internal;

import app.quad.platform.moderation.ReportReason;
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
@Table(name = "moderation_report")
class StoredReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private long caseId;

    @Column(name = "reporter_id")
    private long reporterId;

    @Enumerated(EnumType.STRING)
    private ReportReason reason;

    private String detail;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredReport() {
    }

    long caseId() { return caseId; }
    long reporterId() { return reporterId; }
    ReportReason reason() { return reason; }
    String detail() { return detail; }
    Instant createdAt() { return createdAt; }
}
