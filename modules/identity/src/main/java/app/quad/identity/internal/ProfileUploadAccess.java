package app.quad.identity.internal;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import app.quad.identity.UploadKind;
import app.quad.identity.ProfileSection;
import app.quad.identity.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * A profile's photo and résumé are seen by exactly those who see that part of the profile, through
 * the same visibility policy as the profile page. A file no longer on the profile is seen by nobody
 * else.
 */
@ApplicationScoped
class ProfileUploadAccess implements UploadAccess {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Viewers viewers;

    @Inject
    JpaProfiles profiles;

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        ProfileSection section = switch (upload.kind()) {
            case PHOTO -> ProfileSection.PHOTO;
            case RESUME -> ProfileSection.RESUME;
            default -> null;
        };
        Profile profile = section == null ? null : em.find(Profile.class, upload.ownerId());
        if (profile == null) {
            return false;
        }
        Long current = upload.kind() == UploadKind.PHOTO ? profile.getPhotoUploadId() : profile.getResumeUploadId();
        if (current == null || current != upload.id()) {
            return false;
        }
        if (profiles.heldBack(profile, viewerAccountId.orElse(null))) {
            return false;
        }
        Viewer viewer = viewers.of(upload.ownerId(), viewerAccountId.orElse(null));
        return VisibilityPolicy.shows(profile.visibility(), profile.isDirectoryOptOut(), section, viewer);
    }
}
