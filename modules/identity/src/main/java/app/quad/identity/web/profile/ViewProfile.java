package app.quad.identity.web.profile;

import app.quad.identity.CurrentUser;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/**
 * Backs identity/profile/view.xhtml. A profile the visitor may not see answers 404, exactly like
 * one that does not exist, so the page never confirms that someone is on Quad.
 */
@Named
@RequestScoped
public class ViewProfile {

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    private Long id;

    private ProfileView profile;

    public void load() throws IOException {
        Long viewer = currentUser.signedIn() ? currentUser.id() : null;
        profile = id == null ? null : profiles.view(id, viewer).orElse(null);
        if (profile == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public boolean isMine() {
        return currentUser.signedIn() && profile != null && profile.accountId() == currentUser.id();
    }

    public ProfileView getProfile() {
        return profile;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
