package app.quad.jobs.web.postings;

import app.quad.identity.CurrentUser;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Backs jobs/postings/edit.xhtml[?id=…]: writing a new posting or changing a draft or rejected one.
 * "Save draft" keeps it; "Submit" saves and sends it for approval. Nothing typed is lost when a
 * field is refused: the form keeps every value.
 */
@Named
@ViewScoped
public class EditPosting implements Serializable {

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private boolean loaded;
    private String rejectionReason;
    private String title;
    private String description;
    private JobType type;
    private String location;
    private Remote remote = Remote.ONSITE;
    private Integer payMin;
    private Integer payMax;
    private PayPeriod payPeriod;
    private String majors;
    private String gradYears;
    private LocalDate deadline;
    private ApplyMode applyMode = ApplyMode.IN_QUAD;
    private String applyUrl;
    private String questions;

    public void load() throws IOException {
        if (loaded || id == null) {
            return;
        }
        Posting posting = postings.find(currentUser.id(), id).filter(found -> postings.manages(currentUser.id(), found.id())).orElse(null);
        if (posting == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        loaded = true;
        rejectionReason = posting.status() == PostingStatus.REJECTED ? posting.rejectionReason() : null;
        title = posting.title();
        description = posting.descriptionHtml();
        type = posting.type();
        location = posting.location();
        remote = posting.remote();
        payMin = posting.payMin();
        payMax = posting.payMax();
        payPeriod = posting.payPeriod();
        majors = String.join(", ", posting.majors());
        gradYears = posting.gradYears();
        deadline = posting.deadline();
        applyMode = posting.applyMode();
        applyUrl = posting.applyUrl();
        questions = String.join("\n", posting.questions());
    }

    private PostingDraft draft() {
        List<String> majorList = majors == null ? List.of() : Arrays.stream(majors.split(",")).toList();
        List<String> questionList = questions == null ? List.of() : Arrays.stream(questions.split("\\R")).toList();
        return new PostingDraft(title, description, type, location, remote, payMin, payMax, payPeriod, majorList, gradYears, deadline,
                applyMode, applyUrl, questionList);
    }

    /** Saves; returns whether it worked (a refusal is shown at its field). */
    private boolean store() {
        try {
            if (id == null) {
                id = postings.create(currentUser.id(), draft());
            } else {
                postings.update(currentUser.id(), id, draft());
            }
            return true;
        } catch (Rejection rejection) {
            FieldMessages.show("posting", rejection);
            return false;
        }
    }

    public String save() {
        if (!store()) {
            return null;
        }
        return "/jobs/postings/view.xhtml?faces-redirect=true&id=" + id;
    }

    public String submit() {
        if (!store()) {
            return null;
        }
        try {
            postings.submit(currentUser.id(), id);
            return "/jobs/postings/view.xhtml?faces-redirect=true&id=" + id;
        } catch (Rejection rejection) {
            FieldMessages.show("posting", rejection);
            return null;
        }
    }

    public JobType[] getTypes() { return JobType.values(); }
    public Remote[] getRemotes() { return Remote.values(); }
    public PayPeriod[] getPeriods() { return PayPeriod.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getRejectionReason() { return rejectionReason; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public JobType getType() { return type; }
    public void setType(JobType type) { this.type = type; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Remote getRemote() { return remote; }
    public void setRemote(Remote remote) { this.remote = remote; }
    public Integer getPayMin() { return payMin; }
    public void setPayMin(Integer payMin) { this.payMin = payMin; }
    public Integer getPayMax() { return payMax; }
    public void setPayMax(Integer payMax) { this.payMax = payMax; }
    public PayPeriod getPayPeriod() { return payPeriod; }
    public void setPayPeriod(PayPeriod payPeriod) { this.payPeriod = payPeriod; }
    public String getMajors() { return majors; }
    public void setMajors(String majors) { this.majors = majors; }
    public String getGradYears() { return gradYears; }
    public void setGradYears(String gradYears) { this.gradYears = gradYears; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public ApplyMode getApplyMode() { return applyMode; }
    public void setApplyMode(ApplyMode applyMode) { this.applyMode = applyMode; }
    public String getApplyUrl() { return applyUrl; }
    public void setApplyUrl(String applyUrl) { this.applyUrl = applyUrl; }
    public String getQuestions() { return questions; }
    public void setQuestions(String questions) { this.questions = questions; }
}
