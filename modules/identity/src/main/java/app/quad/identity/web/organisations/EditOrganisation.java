package app.quad.identity.web.organisations;

import app.quad.identity.CurrentUser;
import app.quad.identity.OrganisationPage;
import app.quad.identity.Organisations;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Backs identity/organisations/edit.xhtml: people of an employer describe their organisation. */
@Named
@ViewScoped
public class EditOrganisation implements Serializable {

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    private OrganisationPage organisation;

    private String about;

    @PostConstruct
    void load() {
        long me = currentUser.id();
        organisation = organisations.ofAccount(me)
                .flatMap(summary -> organisations.page(summary.id(), me))
                .orElse(null);
        about = organisation == null ? null : organisation.aboutHtml();
    }

    public void save() {
        try {
            organisations.updateAbout(currentUser.id(), organisation.id(), about);
            load();
            FieldMessages.info("Saved.");
        } catch (Rejection rejection) {
            FieldMessages.show("organisation", rejection);
        }
    }

    /** The logo file chosen in the form; not kept between requests. */
    private transient Part logo;

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            FieldMessages.error("logo:file", "Choose a file first.");
            return;
        }
        try (InputStream content = logo.getInputStream()) {
            organisations.attachLogo(currentUser.id(), organisation.id(), logo.getSubmittedFileName(), content);
            load();
            FieldMessages.info("The new logo is on your organisation's page.");
        } catch (Rejection rejection) {
            FieldMessages.error("logo:file", rejection.getMessage());
        } catch (IOException e) {
            FieldMessages.error("logo:file", "The file could not be read. Please try again.");
        } finally {
            logo = null;
        }
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public OrganisationPage getOrganisation() {
        return organisation;
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    /** Whether the person belongs to an organisation at all; the page says so when not. */
    public boolean isMember() {
        return organisation != null;
    }
}
