package app.quad.identity.web.access;

import app.quad.identity.Invitations;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Backs identity/access/invitation.xhtml: someone staff imported chooses a password and so
 * activates the account. As with confirming an address, it takes a press of a button, never the
 * mere opening of the link.
 */
@Named
@RequestScoped
public class AcceptInvitation {

    @Inject
    Invitations invitations;

    private String token;

    private String password;

    private TokenOutcome outcome;

    public void accept() {
        try {
            outcome = invitations.accept(token, password);
        } catch (Rejection rejection) {
            FieldMessages.show("invitation", rejection);
        } finally {
            password = null;
        }
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
            case EXPIRED -> "This invitation has expired. Ask the career center to invite you again.";
            case USED -> "This invitation has been used already. If you chose a password, you can sign in.";
            case UNKNOWN -> "This invitation link is not valid. Check that you copied all of it from the e-mail.";
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
