package app.quad.jobs.web.postings;

import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** Backs the open postings on identity's organisation page (WEB-INF/jobs/organisation-postings.xhtml). */
@Named
@RequestScoped
public class OrganisationPostings {

    static final int SHOWN = 20;

    @Inject
    Postings postings;

    public List<Posting> open(Long organisationId) {
        return organisationId == null ? List.of() : postings.openAt(organisationId, 0, SHOWN).items();
    }

    public long count(Long organisationId) {
        return organisationId == null ? 0 : postings.openAt(organisationId, 0, 1).total();
    }
}
