package app.quad.groups.internal;

import app.quad.groups.Groups;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import app.quad.identity.UploadKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** A group's cover is seen by whoever may see the group (so never a SECRET group's by outsiders), and by nobody else. */
@ApplicationScoped
class GroupCoverAccess implements UploadAccess {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    Groups groups;

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        if (upload.kind() != UploadKind.GROUP_COVER || viewerAccountId.isEmpty()) {
            return false;
        }
        List<Long> found = em.createQuery("SELECT g.id FROM StoredGroup g WHERE g.coverUploadId = :upload", Long.class)
                .setParameter("upload", upload.id()).setMaxResults(1).getResultList();
        return !found.isEmpty() && groups.byId(viewerAccountId.get(), found.get(0)).isPresent();
    }
}
