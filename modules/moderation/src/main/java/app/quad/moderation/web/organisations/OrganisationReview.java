package app.quad.moderation.web.organisations;

import app.quad.identity.CurrentUser;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.moderation.OrganisationChecks;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs moderation/organisations/queue.xhtml (moved here from identity): organisations waiting to be
 * verified, oldest first, with the signs staff should check; identity does the verifying.
 */
@Named
@ViewScoped
public class OrganisationReview implements Serializable {

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationChecks checks;

    /** Signs to check, in words, for an organisation in the list. */
    public List<String> signals(OrganisationSummary organisation) {
        return checks.signals(organisation);
    }

    @NotBlank(message = "Enter the organisation's name.")
    @Size(max = 150, message = "Use at most 150 characters.")
    private String name;

    @NotBlank(message = "Enter the organisation's website, such as https://www.example.com.")
    @Size(max = 255, message = "Use at most 255 characters.")
    private String website;

    @NotBlank(message = "Enter the organisation's e-mail domain, such as example.com.")
    @Size(max = 253, message = "Use at most 253 characters.")
    private String domain;

    /** The reason typed beside each organisation, by organisation id. */
    private final Map<Long, String> reasons = new HashMap<>();

    private final LazyDataModel<OrganisationSummary> pending = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) organisations.pending(0, 1).total();
        }

        @Override
        public List<OrganisationSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<OrganisationSummary> page = organisations.pending(first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(OrganisationSummary organisation) {
            return Long.toString(organisation.id());
        }
    };

    public void verify(OrganisationSummary organisation) {
        organisations.verify(currentUser.id(), organisation.id());
        FieldMessages.info(organisation.name() + " is verified; its people have been told by e-mail.");
    }

    public void reject(OrganisationSummary organisation) {
        try {
            organisations.reject(currentUser.id(), organisation.id(), reasons.get(organisation.id()));
            reasons.remove(organisation.id());
            FieldMessages.info(organisation.name() + " is turned down; its people have been told why.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, organisation.name() + ": " + rejection.getMessage());
        }
    }

    public void add() {
        try {
            organisations.addVerified(currentUser.id(), name, website, domain);
            FieldMessages.info(name.strip() + " is on Quad and verified. Its people join by signing up with an"
                    + " address at " + domain.strip() + ".");
            name = null;
            website = null;
            domain = null;
        } catch (Rejection rejection) {
            FieldMessages.show("add", rejection);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public LazyDataModel<OrganisationSummary> getPending() {
        return pending;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
