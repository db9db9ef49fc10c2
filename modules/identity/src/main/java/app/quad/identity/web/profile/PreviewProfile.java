package app.quad.identity.web.profile;

import app.quad.identity.CurrentUser;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Backs identity/profile/preview.xhtml: "view as" — the owner's profile as someone else sees it. */
@Named
@RequestScoped
public class PreviewProfile {

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    private Viewer.Perspective as = Viewer.Perspective.ANONYMOUS;

    private ProfileView profile;

    public ProfileView getProfile() {
        if (profile == null) {
            profile = profiles.preview(currentUser.id(), as);
        }
        return profile;
    }

    /** Whether the perspective may open the profile at all. */
    public boolean isVisible() {
        return getProfile().displayName() != null;
    }

    public List<Viewer.Perspective> getPerspectives() {
        return List.of(Viewer.Perspective.values());
    }

    public Viewer.Perspective getAs() {
        return as;
    }

    public void setAs(Viewer.Perspective as) {
        this.as = as == null ? Viewer.Perspective.ANONYMOUS : as;
    }
}
