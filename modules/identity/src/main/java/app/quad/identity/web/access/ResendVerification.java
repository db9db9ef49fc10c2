package app.quad.identity.web.access;

import app.quad.identity.Registration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** Backs the "send me a new link" form of identity/access/resend.xhtml. */
@Named
@RequestScoped
public class ResendVerification {

    @Inject
    Registration registration;

    @NotBlank(message = "Enter the e-mail address you signed up with.")
    @Email(message = "Enter an e-mail address such as name@example.edu.")
    private String email;

    private boolean sent;

    public void send() {
        registration.resendVerification(email);
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
