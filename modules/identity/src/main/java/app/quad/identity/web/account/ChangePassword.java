package app.quad.identity.web.account;

import app.quad.identity.CurrentUser;
import app.quad.identity.Passwords;
import app.quad.identity.internal.SignInService;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;

/** Backs identity/account/password.xhtml. Changing the password signs out every other session. */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    Passwords passwords;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignInService signIn;

    @NotBlank(message = "Enter your current password.")
    private String current;

    @NotBlank(message = "Choose a new password.")
    private String password;

    private boolean changed;

    public void change() {
        try {
            long me = currentUser.id();
            passwords.change(me, current, password);
            signIn.renewSession((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), me);
            changed = true;
        } catch (Rejection rejection) {
            FieldMessages.show("change", rejection);
        } finally {
            current = null;
            password = null;
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
