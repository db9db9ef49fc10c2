package app.quad.identity.web.access;

import app.quad.identity.Passwords;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;

/** Backs identity/access/reset.xhtml: a new password through the link from the reset mail. */
@Named
@RequestScoped
public class ResetPassword {

    @Inject
    Passwords passwords;

    private String token;

    @NotBlank(message = "Choose a new password.")
    private String password;

    private TokenOutcome outcome;

    public void reset() {
        try {
            outcome = passwords.reset(token, password);
        } catch (Rejection rejection) {
            FieldMessages.show("reset", rejection);
        } finally {
            password = null;
        }
    }

    public boolean isDone() {
        return outcome == TokenOutcome.ACCEPTED;
    }

    /** Why the link did not work, or null. */
    public String getProblem() {
        if (outcome == null || outcome == TokenOutcome.ACCEPTED) {
            return null;
        }
        return switch (outcome) {
            case EXPIRED -> "This link has expired: reset links work for one hour. Ask for a new one.";
            case USED -> "This link has been used already. Ask for a new one if you still need it.";
            default -> "This link is not valid. Check that you copied all of it, or ask for a new one.";
        };
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
