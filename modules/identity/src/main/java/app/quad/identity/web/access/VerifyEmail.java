package app.quad.identity.web.access;

import app.quad.identity.Registration;
import app.quad.identity.TokenOutcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs identity/access/verify.xhtml. Confirming takes a press of a button rather than the mere
 * opening of the link: mail scanners open links too, and must not use up a single-use link.
 */
@Named
@RequestScoped
public class VerifyEmail {

    @Inject
    Registration registration;

    private String token;

    private TokenOutcome outcome;

    public void confirm() {
        outcome = registration.verify(token);
    }

    public boolean isDone() {
        return outcome != null;
    }

    public boolean isAccepted() {
        return outcome == TokenOutcome.ACCEPTED;
    }

    /** What to tell the person when the link did not work. */
    public String getProblem() {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case ACCEPTED -> null;
            case EXPIRED -> "This link has expired. Ask for a new one below.";
            case USED -> "This link has been used already. If your address is confirmed, you can sign in.";
            case UNKNOWN -> "This link is not valid. Check that you copied all of it, or ask for a new one below.";
        };
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
