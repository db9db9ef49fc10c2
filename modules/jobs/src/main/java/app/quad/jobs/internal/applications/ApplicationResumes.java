package app.quad.jobs.internal.applications;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadKind;
import app.quad.jobs.Postings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Lets the people of a posting's organisation (and staff) see the résumé copy kept with an
 * application to it. Identity logs each download by an employer in the FERPA disclosure record.
 */
@ApplicationScoped
class ApplicationResumes implements app.quad.identity.UploadAccess {

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    Postings postings;

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        if (upload.kind() != UploadKind.RESUME || viewerAccountId.isEmpty()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        List<Number> postingIds = em.createNativeQuery("SELECT posting_id FROM jobs_application WHERE resume_upload_id = ? AND status <> 'WITHDRAWN'")
                .setParameter(1, upload.id()).getResultList();
        return postingIds.stream().anyMatch(posting -> postings.manages(viewerAccountId.get(), posting.longValue()));
    }
}
