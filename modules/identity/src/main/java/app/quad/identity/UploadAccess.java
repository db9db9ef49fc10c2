package app.quad.identity;

import java.util.Optional;

/**
 * Lets the module that uses an upload say who else may see it: profiles for résumés and photos,
 * groups for covers, organisations for logos, networking for post images. Implement it as a CDI bean.
 *
 * <p>The owner of an upload always sees it. Anyone else sees it when at least one implementation
 * answers true, so an implementation must answer false for the kinds and uploads it does not
 * decide about. With no implementation, an upload is visible to its owner only.
 */
public interface UploadAccess {

    /**
     * @param viewerAccountId the signed-in account asking, or empty for a visitor who is not signed in
     */
    boolean maySee(StoredUpload upload, Optional<Long> viewerAccountId);
}
