package app.quad.networking.internal;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import app.quad.identity.UploadKind;
import app.quad.networking.Feed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** A post's image is seen by whoever may see the post, and by nobody else. */
@ApplicationScoped
class PostImageAccess implements UploadAccess {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Feed feed;

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        if (upload.kind() != UploadKind.POST_IMAGE || viewerAccountId.isEmpty()) {
            return false;
        }
        List<Long> posts = em.createQuery("SELECT p.id FROM StoredPost p WHERE p.imageUploadId = :upload", Long.class)
                .setParameter("upload", upload.id()).setMaxResults(1).getResultList();
        return !posts.isEmpty() && feed.post(viewerAccountId.get(), posts.get(0)).isPresent();
    }
}
