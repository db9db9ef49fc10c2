package app.quad.jobs.web.postings;

import app.quad.identity.CurrentUser;
import app.quad.identity.Role;
import app.quad.jobs.Application;
import app.quad.jobs.Applications;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Postings;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.moderation.ReportReason;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs jobs/postings/view.xhtml?id=…: the posting; for students, applying, bookmarking and their
 * application's status; for its people, submitting and closing; for anyone, reporting it. A
 * posting the viewer may not see is "not found".
 */
@Named
@ViewScoped
public class PostingPage implements Serializable {

    @Inject
    Postings postings;

    @Inject
    Applications applications;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Posting posting;
    private List<String> answers = new ArrayList<>();
    private ReportReason reason;
    private String detail;

    public void load() throws IOException {
        posting = id == null ? null : postings.find(currentUser.id(), id).orElse(null);
        if (posting == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        if (answers.size() != posting.questions().size()) {
            answers = new ArrayList<>();
            posting.questions().forEach(question -> answers.add(""));
        }
    }

    private void refresh() {
        posting = postings.find(currentUser.id(), id).orElse(posting);
    }

    public void apply() {
        try {
            applications.apply(currentUser.id(), posting.id(), answers);
            FieldMessages.info("Your application is sent with your profile and résumé. You can follow it under My applications.");
        } catch (Rejection rejection) {
            FieldMessages.show("apply", rejection);
        }
    }

    public void withdraw() {
        try {
            applications.ofStudent(currentUser.id(), posting.id()).ifPresent(mine -> applications.withdraw(currentUser.id(), mine.id()));
            FieldMessages.info("Your application is withdrawn.");
        } catch (Rejection rejection) {
            FieldMessages.show("apply", rejection);
        }
    }

    public void toggleBookmark() {
        try {
            boolean keep = !isBookmarked();
            postings.bookmark(currentUser.id(), posting.id(), keep);
            FieldMessages.info(keep ? "Bookmarked: find it under My applications." : "Bookmark removed.");
        } catch (Rejection rejection) {
            FieldMessages.show("apply", rejection);
        }
    }

    public void submit() {
        try {
            PostingStatus status = postings.submit(currentUser.id(), posting.id());
            FieldMessages.info(switch (status) {
                case PUBLISHED -> "Published: students can find it now.";
                case HELD -> "Held for a moderator's review before the career center sees it.";
                default -> "Submitted: the career center will review it.";
            });
            refresh();
        } catch (Rejection rejection) {
            FieldMessages.show("manage", rejection);
        }
    }

    public void close() {
        try {
            postings.close(currentUser.id(), posting.id());
            FieldMessages.info("The posting is closed; students can no longer apply.");
            refresh();
        } catch (Rejection rejection) {
            FieldMessages.show("manage", rejection);
        }
    }

    public void report() {
        try {
            postings.report(currentUser.id(), posting.id(), reason, detail);
            FieldMessages.info("Thank you: the moderators will look at this posting.");
            reason = null;
            detail = null;
        } catch (Rejection rejection) {
            FieldMessages.show("report", rejection);
        }
    }

    public boolean isManager() {
        return postings.manages(currentUser.id(), posting.id());
    }

    public boolean isApplicant() {
        return currentUser.holds(Role.STUDENT) || currentUser.holds(Role.ALUMNI);
    }

    public Application getApplication() {
        return applications.ofStudent(currentUser.id(), posting.id()).orElse(null);
    }

    public boolean isOpen() {
        return posting.status() == PostingStatus.PUBLISHED && !posting.hidden() && !posting.deadline().isBefore(postings.today());
    }

    public boolean isMayApply() {
        return isApplicant() && isOpen() && posting.applyMode() == ApplyMode.IN_QUAD && getApplication() == null;
    }

    public boolean isBookmarked() {
        return postings.bookmarked(currentUser.id(), posting.id());
    }

    public String getMajors() {
        return posting.majors().isEmpty() ? "Every major" : String.join(", ", posting.majors());
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public Posting getPosting() { return posting; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<String> getAnswers() { return answers; }
    public ReportReason getReason() { return reason; }
    public void setReason(ReportReason reason) { this.reason = reason; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
}
