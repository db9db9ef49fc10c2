package app.quad.identity.internal;

import app.quad.identity.ImportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The life of an import job, each step committed on its own so the page sees it at once. */
@ApplicationScoped
class ImportJobs {

    /** Far longer than any chunk of rows takes; a job that has not moved for this long was interrupted. */
    static final Duration STALE = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long create(long staffAccountId, String fileName, int totalRows) {
        ImportJob job = new ImportJob(staffAccountId, fileName, totalRows, Instant.now());
        em.persist(job);
        em.flush();
        return job.getId();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void start(long jobId) {
        em.find(ImportJob.class, jobId).start(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void touch(long jobId) {
        em.find(ImportJob.class, jobId).touch(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long jobId) {
        em.find(ImportJob.class, jobId).finish(Instant.now());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long jobId, String problem) {
        em.find(ImportJob.class, jobId).fail(problem, Instant.now());
    }

    /** Reports a row whose changes could not be saved, so that the import can go on without it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void rejectUnsaved(long jobId, FileRow row) {
        RejectedRow rejected = new RejectedRow(row.row(), row.email(), "The row could not be saved because of an error"
                + " on the server. Import the file again later; if this row fails again, tell the Quad administrators.");
        em.persist(ImportChunk.rejected(jobId, rejected));
        em.find(ImportJob.class, jobId).count(RowOutcome.REJECTED, Instant.now());
    }

    /** Marks imports failed that a server restart interrupted; their rows done so far stay done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failInterrupted() {
        Instant now = Instant.now();
        em.createNamedQuery("ImportJob.active", ImportJob.class)
                .setParameter("active", List.of(ImportStatus.QUEUED, ImportStatus.RUNNING))
                .getResultList().stream()
                .filter(job -> job.stalledAt(now.minus(STALE)))
                .forEach(job -> job.fail("The import was interrupted, probably by a restart of the server."
                        + " Import the file again: rows already imported come out unchanged.", now));
    }
}
