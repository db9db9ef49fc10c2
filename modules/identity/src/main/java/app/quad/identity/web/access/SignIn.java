package app.quad.identity.web.access;

import app.quad.identity.internal.SignInResult;
import app.quad.identity.internal.SignInService;
import app.quad.identity.internal.SsoRefusal;
import app.quad.identity.internal.SsoSettings;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** Backs identity/access/signin.xhtml. */
@Named
@RequestScoped
public class SignIn {

    static final String SUSPENDED = "This account is suspended. Please contact the career center.";

    @Inject
    SignInService service;

    @Inject
    SsoSettings sso;

    @NotBlank(message = "Enter the e-mail address of your account.")
    private String email;

    @NotBlank(message = "Enter your password.")
    private String password;

    /** The page to return to, from the link that sent the visitor here. */
    private String next;

    private boolean ended;

    /** Why a campus sign-in came back here, as a {@link SsoRefusal} code. */
    private String ssoRefusal;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        SignInResult result = service.signIn((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), email, password);
        password = null;
        switch (result.outcome()) {
            case SIGNED_IN -> {
                external.redirect(external.getRequestContextPath() + ReturnPath.orHome(next));
                faces.responseComplete();
            }
            case WRONG_CREDENTIALS -> FieldMessages.error("signin:password",
                    "The e-mail address or the password is not right.");
            case BLOCKED -> FieldMessages.error(null, "Too many attempts to sign in with this address. Try again in "
                    + minutesUntil(result.blockedUntil()) + ", or reset your password.");
            case UNVERIFIED -> FieldMessages.error(null, "Confirm your e-mail address first: open the link we sent"
                    + " you when you signed up. You can ask for a new link below.");
            case SUSPENDED -> FieldMessages.error(null, SUSPENDED);
        }
    }

    /** Says above the form why a campus sign-in was turned away. */
    public void explainSsoRefusal() {
        SsoRefusal.fromCode(ssoRefusal).ifPresent(refusal -> {
            String message = ssoMessage(refusal);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        });
    }

    static String ssoMessage(SsoRefusal refusal) {
        return switch (refusal) {
            case EMAIL_NOT_VERIFIED -> "Your campus account did not confirm an e-mail address, so Quad cannot tell"
                    + " which account is yours. Please ask the campus IT service desk, or sign in below.";
            case NOT_CAMPUS -> "Campus sign-in is for addresses of the campus. If you have a Quad account with"
                    + " another address, sign in below with that address and your password.";
            case SUSPENDED -> SUSPENDED;
            case LINKED_TO_ANOTHER -> "The Quad account with this e-mail address belongs to another campus account."
                    + " Please contact the career center.";
            case FAILED -> "Signing in with your campus account did not work. Please try again, or sign in below.";
        };
    }

    public boolean isSsoEnabled() {
        return sso.isEnabled();
    }

    public String getSsoLabel() {
        return sso.getLabel();
    }

    public String getSsoPath() {
        return SsoSettings.START;
    }

    static String minutesUntil(Instant until) {
        long minutes = Math.max(1, (Duration.between(Instant.now(), until).getSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isEnded() {
        return ended;
    }

    public void setEnded(boolean ended) {
        this.ended = ended;
    }

    public String getSsoRefusal() {
        return ssoRefusal;
    }

    public void setSsoRefusal(String ssoRefusal) {
        this.ssoRefusal = ssoRefusal;
    }
}
