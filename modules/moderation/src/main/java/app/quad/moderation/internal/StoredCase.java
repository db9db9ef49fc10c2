package app.quad.moderation.internal;

import app.quad.moderation.CaseStatus;
import app.quad.moderation.CaseSummary;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ReportTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "moderation_case")
class StoredCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "target_kind")
    private String targetKind;

    @Column(name = "target_id")
    private long targetId;

    @Column(name = "open_key")
    private String openKey;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Column(name = "report_count")
    private int reportCount;

    private boolean hidden;

    private boolean held;

    private String signals;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_report_at")
    private Instant lastReportAt;

    @Enumerated(EnumType.STRING)
    private ModerationAction outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected StoredCase() {
    }

    static String openKey(ReportTarget target) {
        return target.kind() + ":" + target.id();
    }

    long id() { return id; }
    ReportTarget target() { return new ReportTarget(targetKind, targetId); }
    Long authorId() { return authorId; }
    CaseStatus status() { return status; }
    int reportCount() { return reportCount; }
    boolean hidden() { return hidden; }
    ModerationAction outcome() { return outcome; }

    List<String> signals() {
        return signals == null || signals.isBlank() ? List.of() : Arrays.asList(signals.split("\n"));
    }

    /** Sets the count of distinct reporters after a new report. */
    void reported(int count, Instant now) {
        reportCount = count;
        lastReportAt = now;
    }

    void hide() {
        hidden = true;
    }

    /**
     * Closes the case with its outcome; a later report of the item opens a new case. An action against
     * the author of an item still hidden pending review leaves the case open, so the item is not
     * left out of sight with nobody to settle it, unless that action settles the item too.
     *
     * @param settles whether the action settles the item whatever it is (its owner shows it again)
     */
    void close(ModerationAction action, Instant now, boolean settles) {
        if (settles || action == ModerationAction.DISMISS || action == ModerationAction.REMOVE || action == ModerationAction.RESTORE) {
            hidden = false;
        }
        outcome = action;
        if (status == CaseStatus.OPEN && !hidden) {
            status = CaseStatus.CLOSED;
            openKey = null;
            decidedAt = now;
        }
    }

    void forgetAuthor() {
        authorId = null;
    }

    CaseSummary summary() {
        return new CaseSummary(id, target(), authorId, status, reportCount, hidden, held, createdAt, lastReportAt, outcome);
    }
}
