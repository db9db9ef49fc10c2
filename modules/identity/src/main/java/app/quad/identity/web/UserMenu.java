package app.quad.identity.web;

import app.quad.identity.AccountSummary;
import app.quad.identity.CurrentUser;
import app.quad.identity.internal.SignInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The signed-in person's corner of the shared layout, and signing out. */
@Named
@RequestScoped
public class UserMenu {

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInService signIn;

    public boolean isSignedIn() {
        return currentUser.signedIn();
    }

    public String getDisplayName() {
        return currentUser.account().map(AccountSummary::displayName).orElse("");
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        signIn.signOut((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/");
        FacesContext.getCurrentInstance().responseComplete();
    }
}
