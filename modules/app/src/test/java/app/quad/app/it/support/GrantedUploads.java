package app.quad.app.it.support;

import app.quad.identity.StoredUpload;
import app.quad.identity.UploadAccess;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the modules that will decide who sees an upload: it lets others see exactly the
 * uploads a test granted ({@link TestUploads}), to one account or to everyone, and nothing else.
 */
@ApplicationScoped
public class GrantedUploads implements UploadAccess {

    static final long EVERYONE = -1;

    private final Set<String> grants = ConcurrentHashMap.newKeySet();

    public void grant(long uploadId, long viewer) {
        grants.add(uploadId + ":" + viewer);
    }

    @Override
    public boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId) {
        return grants.contains(upload.id() + ":" + EVERYONE)
                || viewerAccountId.map(viewer -> grants.contains(upload.id() + ":" + viewer)).orElse(false);
    }
}
