package app.quad.identity.internal;

import app.quad.identity.DataExport;
import app.quad.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The export table; each method is a transaction of its own, so progress shows while an export runs. */
@ApplicationScoped
class ExportJobs {

    /** An export that has not finished after this long was cut short by a restart. */
    static final Duration STALLED = Duration.ofMinutes(30);

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    ExportSettings settings;

    record Requested(long id, boolean started) {
    }

    /** A new export, or the person's export that is already queued or running. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Requested request(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        Optional<ExportJob> working = ofAccount(accountId).stream().filter(ExportJob::working).findFirst();
        if (working.isPresent()) {
            return new Requested(working.get().getId(), false);
        }
        ExportJob job = new ExportJob(accountId, Instant.now());
        em.persist(job);
        em.flush();
        return new Requested(job.getId(), true);
    }

    /** Marks the export running and says whose it is; empty when it or its account is gone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<PersonalData.Subject> start(long jobId) {
        ExportJob job = em.find(ExportJob.class, jobId);
        Account account = job == null ? null : em.find(Account.class, job.getAccountId());
        if (account == null) {
            return Optional.empty();
        }
        job.start(Instant.now());
        return Optional.of(new PersonalData.Subject(account.getId(), account.getEmail(), account.getDisplayName()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(long jobId, int percent) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job != null) {
            job.progress(percent);
        }
    }

    /** @return false when the export is gone meanwhile (its account was erased): the file must go too */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean finish(long jobId, String fileName, long size) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job == null) {
            return false;
        }
        Instant now = Instant.now();
        job.finish(fileName, size, now, now.plus(settings.keep()));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void fail(long jobId) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job != null) {
            job.fail(Instant.now());
        }
    }

    List<ExportJob> ofAccount(long accountId) {
        return em.createNamedQuery("ExportJob.ofAccount", ExportJob.class).setParameter("account", accountId).getResultList();
    }

    Optional<ExportJob> find(long accountId, long jobId) {
        ExportJob job = em.find(ExportJob.class, jobId);
        return job == null || job.getAccountId() != accountId || job.expiredAt(Instant.now()) ? Optional.empty() : Optional.of(job);
    }

    /** Exports past their time, and exports a restart cut short (they are failed first). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<ExportJob> expired(Instant now) {
        em.createNamedQuery("ExportJob.stalled", ExportJob.class)
                .setParameter("working", List.of(DataExport.Status.QUEUED, DataExport.Status.RUNNING))
                .setParameter("before", now.minus(STALLED))
                .getResultList().forEach(job -> job.fail(now));
        return em.createNamedQuery("ExportJob.expired", ExportJob.class).setParameter("now", now).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void delete(long jobId) {
        ExportJob job = em.find(ExportJob.class, jobId);
        if (job != null) {
            em.remove(job);
        }
    }
}
