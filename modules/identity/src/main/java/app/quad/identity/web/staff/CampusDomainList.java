package app.quad.identity.web.staff;

import app.quad.identity.CampusDomains;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Backs identity/staff/domains.xhtml: the e-mail domains students sign up with. */
@Named
@RequestScoped
public class CampusDomainList {

    @Inject
    CampusDomains campusDomains;

    @NotBlank(message = "Enter a domain such as example.edu.")
    @Size(max = 253, message = "Use at most 253 characters.")
    private String domain;

    private List<String> domains;

    public List<String> getDomains() {
        if (domains == null) {
            domains = campusDomains.list();
        }
        return domains;
    }

    public void add() {
        try {
            campusDomains.add(domain);
            FieldMessages.info("Students with an address at " + domain.strip() + " can now sign up.");
            domain = null;
            domains = null;
        } catch (Rejection rejection) {
            FieldMessages.show("add", rejection);
        }
    }

    public void remove(String listed) {
        campusDomains.remove(listed);
        FieldMessages.info("Removed " + listed + ". Accounts already open stay open.");
        domains = null;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }
}
