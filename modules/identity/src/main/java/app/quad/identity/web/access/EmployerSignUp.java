package app.quad.identity.web.access;

import app.quad.identity.EmployerSignUpRequest;
import app.quad.identity.Organisations;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Backs identity/access/employer.xhtml: a person from a hiring organisation joins Quad. */
@Named
@RequestScoped
public class EmployerSignUp {

    @Inject
    Organisations organisations;

    @NotBlank(message = "Enter the name of your organisation.")
    @Size(max = 150, message = "Use at most 150 characters.")
    private String organisationName;

    @NotBlank(message = "Enter your organisation's website, such as https://www.example.com.")
    @Size(max = 255, message = "Use at most 255 characters.")
    private String website;

    @NotBlank(message = "Enter your name as you would like others to see it.")
    @Size(max = 100, message = "Use at most 100 characters.")
    private String displayName;

    @NotBlank(message = "Enter your work e-mail address.")
    @Email(message = "Enter an e-mail address such as name@example.com.")
    @Size(max = 254, message = "Use at most 254 characters.")
    private String email;

    @NotBlank(message = "Choose a password.")
    private String password;

    private String sentTo;

    public void signUp() {
        try {
            organisations.signUpEmployer(new EmployerSignUpRequest(organisationName, website, email, displayName, password));
            sentTo = email;
        } catch (Rejection rejection) {
            FieldMessages.show("employer", rejection);
        } finally {
            password = null;
        }
    }

    public boolean isSent() {
        return sentTo != null;
    }

    public String getSentTo() {
        return sentTo;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
}
