package app.quad.identity.web.account;

import app.quad.identity.AccountErasure;
import app.quad.identity.CurrentUser;
import app.quad.identity.internal.SignInService;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;

/**
 * Backs identity/account/delete.xhtml. The current password is asked again, so that a session
 * left open on a shared computer cannot delete anyone; people who only ever signed in through
 * the campus are told to set a password first.
 */
@Named
@RequestScoped
public class DeleteAccount {

    @Inject
    AccountErasure erasure;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInService signIn;

    @NotBlank(message = "Enter your password.")
    private String password;

    private boolean understood;

    public void erase() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!understood) {
            FieldMessages.error("erase:understood", "Tick the box to confirm that you want everything deleted.");
            password = null;
            return;
        }
        try {
            erasure.erase(currentUser.id(), password);
        } catch (Rejection rejection) {
            FieldMessages.show("erase", rejection);
            return;
        } finally {
            password = null;
        }
        ExternalContext external = faces.getExternalContext();
        signIn.signOut((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/identity/access/goodbye.xhtml");
        faces.responseComplete();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
