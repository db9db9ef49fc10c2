package app.quad.identity.web.access;

import app.quad.identity.CampusDomains;
import app.quad.identity.Registration;
import app.quad.identity.Role;
import app.quad.identity.SignUpRequest;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Backs identity/access/signup.xhtml: students and graduates join Quad. */
@Named
@RequestScoped
public class SignUp {

    @Inject
    Registration registration;

    @Inject
    CampusDomains campusDomains;

    @NotNull(message = "Choose whether you are a student or a graduate.")
    private Role role = Role.STUDENT;

    @NotBlank(message = "Enter your name as you would like others to see it.")
    @Size(max = 100, message = "Use at most 100 characters.")
    private String displayName;

    @NotBlank(message = "Enter your e-mail address.")
    @Email(message = "Enter an e-mail address such as name@example.edu.")
    @Size(max = 254, message = "Use at most 254 characters.")
    private String email;

    @NotBlank(message = "Choose a password.")
    private String password;

    private String sentTo;

    public void signUp() {
        try {
            registration.signUp(new SignUpRequest(email, displayName, password, role));
            sentTo = email;
        } catch (Rejection rejection) {
            FieldMessages.show("signup", rejection);
        } finally {
            password = null;
        }
    }

    public List<Role> getRoles() {
        return List.of(Role.STUDENT, Role.ALUMNI);
    }

    public String roleLabel(Role role) {
        return role == Role.STUDENT ? "I am a student here" : "I graduated from here";
    }

    /** "@example.edu or @example.ac.uk", for the hint under the e-mail field. */
    public String getCampusDomains() {
        List<String> domains = campusDomains.list();
        return domains.isEmpty() ? "" : "@" + String.join(" or @", domains);
    }

    public boolean isSent() {
        return sentTo != null;
    }

    public String getSentTo() {
        return sentTo;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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
