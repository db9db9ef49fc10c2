package app.quad.identity.web.profile;

import app.quad.identity.CurrentUser;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs identity/profile/view.xhtml. A profile the visitor may not see answers 404, exactly like
 * one that does not exist, so the page never confirms that someone is on Quad. View-scoped, so that
 * staff's buttons beside each education entry find the same entries when the page is posted back.
 */
@Named
@ViewScoped
public class ViewProfile implements Serializable {

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

    /** Career center staff may confirm a student's education entries from the profile page. */
    public boolean isStaff() {
        return currentUser.signedIn() && (currentUser.holds(Role.STAFF) || currentUser.holds(Role.ADMIN)) && !isMine();
    }

    public void attest(long entryId) throws IOException {
        profiles.attestEducation(currentUser.id(), entryId);
        load();
        FieldMessages.info("Confirmed. The entry shows the career center's badge until its owner changes it.");
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
