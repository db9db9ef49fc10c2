package app.quad.identity.web.access;

import app.quad.identity.Passwords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** Backs identity/access/forgot.xhtml. The answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    Passwords passwords;

    @NotBlank(message = "Enter the e-mail address of your account.")
    @Email(message = "Enter an e-mail address such as name@example.edu.")
    private String email;

    private boolean sent;

    public void send() {
        passwords.requestReset(email);
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
