package app.quad.identity.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs imports in the background, one at a time, in chunks of rows that each commit on their own,
 * so that progress shows while a large file runs and an error costs at most one row.
 *
 * <p>An enterprise bean rather than a CDI bean for one reason: the executor copies the submitting
 * call's context, and Payara then closes the caller's non-transactional entity managers when the
 * task ends. Submitted from this bean's own call, the task shares nothing with the web request.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ImportRunner {

    /** Rows per transaction: large enough to be fast, small enough that progress moves every second or so. */
    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportChunk chunk;

    /** Two imports at once could race for the same new address; one after the other they cannot. */
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public void submit(long jobId, List<FileRow> rows) {
        executor.execute(() -> run(jobId, rows));
    }

    private void run(long jobId, List<FileRow> rows) {
        try {
            while (!oneAtATime.tryLock(30, TimeUnit.SECONDS)) {
                jobs.touch(jobId);
            }
            try {
                jobs.start(jobId);
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    applyOrSplit(jobId, rows.subList(from, Math.min(from + CHUNK, rows.size())));
                }
                jobs.finish(jobId);
            } finally {
                oneAtATime.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jobs.fail(jobId, "The import was stopped because the server is shutting down."
                    + " Import the file again: rows already imported come out unchanged.");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Import " + jobId + " failed");
            jobs.fail(jobId, "The import stopped because of an error on the server. The rows done so far are in the"
                    + " report; import the file again later and they come out unchanged.");
        }
    }

    /**
     * Applies the rows in one transaction; if that fails, one row broke it, so each row is applied
     * on its own and only the one that fails again is rejected.
     */
    private void applyOrSplit(long jobId, List<FileRow> rows) {
        try {
            chunk.apply(jobId, rows);
            return;
        } catch (RuntimeException e) {
            if (rows.size() == 1) {
                LOG.log(Level.WARNING, e, () -> "Import " + jobId + ": row " + rows.get(0).row() + " could not be saved");
                jobs.rejectUnsaved(jobId, rows.get(0));
                return;
            }
        }
        rows.forEach(row -> applyOrSplit(jobId, List.of(row)));
    }
}
