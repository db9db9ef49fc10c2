package app.quad.identity.web.organisations;

import app.quad.identity.CurrentUser;
import app.quad.identity.OrganisationPage;
import app.quad.identity.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;

/** Backs identity/organisations/view.xhtml; an organisation the visitor may not see answers 404. */
@Named
@RequestScoped
public class ViewOrganisation {

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private Long id;

    private OrganisationPage organisation;

    public void load() throws IOException {
        Long viewer = currentUser.signedIn() ? currentUser.id() : null;
        organisation = id == null ? null : organisations.page(id, viewer).orElse(null);
        if (organisation == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    /** Whether the viewer belongs to the organisation and may edit its page. */
    public boolean isOurs() {
        return currentUser.signedIn() && organisations.ofAccount(currentUser.id())
                .map(mine -> mine.id() == organisation.id()).orElse(false);
    }

    public OrganisationPage getOrganisation() {
        return organisation;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
