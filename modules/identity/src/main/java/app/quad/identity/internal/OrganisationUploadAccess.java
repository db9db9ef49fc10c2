package app.quad.identity.internal;

import app.quad.identity.Organisations;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import app.quad.identity.UploadKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** An organisation's logo is seen by whoever may see its page; a replaced logo by nobody else. */
@ApplicationScoped
class OrganisationUploadAccess implements UploadAccess {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Organisations organisations;

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        if (upload.kind() != UploadKind.LOGO) {
            return false;
        }
        List<Long> showing = em.createQuery("SELECT o.id FROM Organisation o WHERE o.logoUploadId = :upload", Long.class)
                .setParameter("upload", upload.id()).getResultList();
        return showing.stream().anyMatch(id -> organisations.page(id, viewerAccountId.orElse(null)).isPresent());
    }
}
