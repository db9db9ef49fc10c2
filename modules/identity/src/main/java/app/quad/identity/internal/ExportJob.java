package app.quad.identity.internal;

import app.quad.identity.DataExport;
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

/** One export of a person's data; see {@link app.quad.identity.PersonalDataExports}. */
@Entity
@Table(name = "identity_export_job")
@NamedQuery(name = "ExportJob.ofAccount", query = "SELECT j FROM ExportJob j WHERE j.accountId = :account ORDER BY j.id DESC")
@NamedQuery(name = "ExportJob.expired", query = "SELECT j FROM ExportJob j WHERE j.expiresAt < :now")
@NamedQuery(name = "ExportJob.stalled", query = "SELECT j FROM ExportJob j WHERE j.status IN :working AND j.requestedAt < :before")
public class ExportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private DataExport.Status status;

    private int percent;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ExportJob() {
    }

    ExportJob(long accountId, Instant now) {
        this.accountId = accountId;
        this.status = DataExport.Status.QUEUED;
        this.requestedAt = now;
    }

    DataExport summary() {
        return new DataExport(id, status, percent, requestedAt, finishedAt, expiresAt, sizeBytes);
    }

    void start(Instant now) {
        status = DataExport.Status.RUNNING;
        startedAt = now;
    }

    void progress(int percent) {
        this.percent = Math.max(this.percent, Math.min(99, percent));
    }

    void finish(String fileName, long sizeBytes, Instant now, Instant expires) {
        status = DataExport.Status.READY;
        percent = 100;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        finishedAt = now;
        expiresAt = expires;
    }

    /** A failed export is kept for a day, so the page can say so, then purged. */
    void fail(Instant now) {
        status = DataExport.Status.FAILED;
        finishedAt = now;
        expiresAt = now.plusSeconds(24 * 3600);
    }

    boolean working() {
        return status == DataExport.Status.QUEUED || status == DataExport.Status.RUNNING;
    }

    boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getFileName() {
        return fileName;
    }

    DataExport.Status getStatus() {
        return status;
    }
}
