package app.quad.identity.internal;

import app.quad.identity.AccountImport;
import app.quad.identity.ImportStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One import file and its progress; see {@link AccountImport}. */
@Entity
@Table(name = "identity_import_job")
@NamedQuery(name = "ImportJob.recent", query = "SELECT j FROM ImportJob j ORDER BY j.id DESC")
@NamedQuery(name = "ImportJob.count", query = "SELECT COUNT(j) FROM ImportJob j")
@NamedQuery(name = "ImportJob.active", query = "SELECT j FROM ImportJob j WHERE j.status IN :active")
public class ImportJob {

    static final int MAX_FILE_NAME = 255;
    static final int MAX_PROBLEM = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null once the staff member has erased their account. */
    @Column(name = "staff_account_id")
    private Long staffAccountId;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    @Column(name = "total_rows")
    private int totalRows;

    private int processed;

    private int created;

    private int updated;

    private int unchanged;

    private int rejected;

    private String problem;

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "touched_at")
    private Instant touchedAt;

    protected ImportJob() {
    }

    ImportJob(long staffAccountId, String fileName, int totalRows, Instant now) {
        this.staffAccountId = staffAccountId;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.status = ImportStatus.QUEUED;
        this.queuedAt = now;
        this.touchedAt = now;
    }

    AccountImport summary() {
        return new AccountImport(id, fileName, staffAccountId == null ? 0 : staffAccountId, status, totalRows, processed, created, updated,
                unchanged, rejected, problem, queuedAt, startedAt, finishedAt);
    }

    void start(Instant now) {
        status = ImportStatus.RUNNING;
        startedAt = now;
        touchedAt = now;
    }

    /** Counts one row done. */
    void count(RowOutcome outcome, Instant now) {
        processed++;
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REJECTED -> rejected++;
        }
        touchedAt = now;
    }

    /** Shows that a queued import is still waiting its turn, not forgotten. */
    void touch(Instant now) {
        touchedAt = now;
    }

    void finish(Instant now) {
        status = ImportStatus.DONE;
        finishedAt = now;
        touchedAt = now;
    }

    void fail(String problem, Instant now) {
        status = ImportStatus.FAILED;
        this.problem = problem.length() > MAX_PROBLEM ? problem.substring(0, MAX_PROBLEM) : problem;
        finishedAt = now;
        touchedAt = now;
    }

    /** Whether the job is still queued or running but has not moved since the moment. */
    boolean stalledAt(Instant moment) {
        return (status == ImportStatus.QUEUED || status == ImportStatus.RUNNING) && touchedAt.isBefore(moment);
    }

    Long getId() {
        return id;
    }

    long getStaffAccountId() {
        return staffAccountId == null ? 0 : staffAccountId;
    }
}
