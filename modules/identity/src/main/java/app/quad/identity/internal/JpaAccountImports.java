package app.quad.identity.internal;

import app.quad.identity.AccountImport;
import app.quad.identity.AccountImports;
import app.quad.identity.AccountStatus;
import app.quad.identity.CampusDomains;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.Writer;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaAccountImports implements AccountImports {

    /** Report lines read from the database at a time, so a large report never sits in memory whole. */
    static final int REPORT_PAGE = 5_000;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    CampusDomains campusDomains;

    @Inject
    ImportJobs jobs;

    @Inject
    ImportRunner runner;

    @Override
    public long start(long staffAccountId, String fileName, byte[] content) {
        Account staff = em.find(Account.class, staffAccountId);
        if (staff == null || staff.getStatus() != AccountStatus.ACTIVE
                || !(staff.getRoles().contains(Role.STAFF) || staff.getRoles().contains(Role.ADMIN))) {
            throw new SecurityException("Only active staff and administrators import accounts");
        }
        ImportRowRule rule = new ImportRowRule(campusDomains.list(), Year.now(ZoneOffset.UTC).getValue());
        List<FileRow> rows = ImportFile.read(content, rule);
        // Committed before the background task starts, so the task always finds its job.
        long jobId = jobs.create(staffAccountId, ImportFileName.clean(fileName), rows.size());
        runner.submit(jobId, rows);
        return jobId;
    }

    @Override
    public Optional<AccountImport> find(long importId) {
        return Optional.ofNullable(em.find(ImportJob.class, importId)).map(ImportJob::summary);
    }

    @Override
    public List<AccountImport> recent(int first, int max) {
        jobs.failInterrupted();
        return em.createNamedQuery("ImportJob.recent", ImportJob.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(ImportJob::summary)
                .toList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("ImportJob.count", Long.class).getSingleResult();
    }

    @Override
    public boolean writeReport(long importId, Writer out) throws IOException {
        if (em.find(ImportJob.class, importId) == null) {
            return false;
        }
        ImportReport report = new ImportReport(out);
        for (int first = 0; ; first += REPORT_PAGE) {
            List<ImportRowResult> page = em.createNamedQuery("ImportRowResult.ofJob", ImportRowResult.class)
                    .setParameter("job", importId)
                    .setFirstResult(first)
                    .setMaxResults(REPORT_PAGE)
                    .getResultList();
            for (ImportRowResult row : page) {
                report.line(row.getFileRow(), row.getEmail(), row.getOutcome().word(), row.getReason());
            }
            if (page.size() < REPORT_PAGE) {
                break;
            }
        }
        report.flush();
        return true;
    }
}
