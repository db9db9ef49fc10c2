package app.quad.jobs.internal.postings;

import app.quad.identity.AccountSuspended;
import app.quad.identity.OrganisationRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * What identity's decisions mean for postings. Posting rights need no bookkeeping: they are checked
 * against the organisation's verification on every create and submit, so OrganisationVerified
 * needs no observer. A rejected organisation's postings close, and those waiting for review go back
 * to drafts. A suspended person's own open postings close (and their drafts wait); colleagues at
 * the same organisation keep theirs, because one person's suspension is not a verdict on the employer.
 */
@ApplicationScoped
class PostingsLifecycle {

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    void organisationRejected(@Observes OrganisationRejected event) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("UPDATE jobs_posting SET status = 'CLOSED', updated_at = ? WHERE organisation_id = ? AND status = 'PUBLISHED'")
                .setParameter(1, now).setParameter(2, event.organisationId()).executeUpdate();
        em.createNativeQuery("UPDATE jobs_posting SET status = 'DRAFT', updated_at = ? WHERE organisation_id = ?"
                        + " AND status IN ('SUBMITTED', 'HELD')").setParameter(1, now).setParameter(2, event.organisationId()).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    void suspended(@Observes AccountSuspended event) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("UPDATE jobs_posting SET status = 'CLOSED', updated_at = ? WHERE author_id = ?"
                + " AND status IN ('PUBLISHED', 'SUBMITTED', 'HELD')").setParameter(1, now).setParameter(2, event.accountId()).executeUpdate();
    }
}
