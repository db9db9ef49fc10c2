package app.quad.jobs.web.applications;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Application;
import app.quad.jobs.ApplicationStatus;
import app.quad.jobs.Applications;
import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs jobs/applications/applicants.xhtml?posting=…: the posting's applicants, filtered by status,
 * moved in bulk. Only the posting's organisation and staff get the page; anyone else gets 404.
 * The profile and résumé links go through identity, which writes the FERPA disclosure log.
 */
@Named
@ViewScoped
public class Applicants implements Serializable {

    @Inject
    Applications applications;

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private Long postingId;
    private Posting posting;
    private ApplicationStatus filter;
    private ApplicationStatus moveTo;
    private final Map<Long, Boolean> selected = new HashMap<>();

    private final PagedModel<Application> list = new PagedModel<>(
            (first, max) -> applications.applicants(currentUser.id(), posting.id(), filter, first, max),
            application -> Long.toString(application.id()));

    public void load() throws IOException {
        posting = postingId == null || !postings.manages(currentUser.id(), postingId) ? null
                : postings.find(currentUser.id(), postingId).orElse(null);
        if (posting == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void show() {
        selected.clear();
    }

    public void move() {
        List<Long> ids = selected.entrySet().stream().filter(entry -> Boolean.TRUE.equals(entry.getValue())).map(Map.Entry::getKey).toList();
        try {
            int moved = applications.move(currentUser.id(), ids, moveTo);
            selected.clear();
            FieldMessages.info(moved == 1 ? "1 application moved to " + moveTo.label().toLowerCase() + "; the applicant is told."
                    : moved + " applications moved to " + moveTo.label().toLowerCase() + "; the applicants are told.");
        } catch (Rejection rejection) {
            FieldMessages.show("applicants", rejection);
        }
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public List<ApplicationStatus> getMoves() {
        return List.of(ApplicationStatus.REVIEWED, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFER, ApplicationStatus.HIRED,
                ApplicationStatus.DECLINED);
    }

    public PagedModel<Application> getList() { return list; }
    public Posting getPosting() { return posting; }
    public Long getPostingId() { return postingId; }
    public void setPostingId(Long postingId) { this.postingId = postingId; }
    public ApplicationStatus getFilter() { return filter; }
    public void setFilter(ApplicationStatus filter) { this.filter = filter; }
    public ApplicationStatus getMoveTo() { return moveTo; }
    public void setMoveTo(ApplicationStatus moveTo) { this.moveTo = moveTo; }
    public Map<Long, Boolean> getSelected() { return selected; }
}
