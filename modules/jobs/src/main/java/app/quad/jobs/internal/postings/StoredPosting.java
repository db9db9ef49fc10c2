package app.quad.jobs.internal.postings;

import app.quad.platform.RichText;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Remote;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "jobs_posting")
public class StoredPosting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "organisation_name")
    private String organisationName;

    @Column(name = "author_id")
    private Long authorId;

    private String title;

    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "description_text")
    private String descriptionText;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_type")
    private JobType type;

    private String location;

    @Enumerated(EnumType.STRING)
    private Remote remote;

    @Column(name = "pay_min")
    private Integer payMin;

    @Column(name = "pay_max")
    private Integer payMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_period")
    private PayPeriod payPeriod;

    @Column(name = "all_majors")
    private boolean allMajors;

    @Column(name = "grad_years")
    private String gradYears;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "apply_mode")
    private ApplyMode applyMode;

    @Column(name = "apply_url")
    private String applyUrl;

    private String questions;

    @Enumerated(EnumType.STRING)
    private PostingStatus status;

    private boolean hidden;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "held_signals")
    private String heldSignals;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_removal")
    private PostingStatus statusBeforeRemoval;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected StoredPosting() {
    }

    StoredPosting(Long organisationId, String organisationName, long authorId, PostingDraft draft, Instant now) {
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.authorId = authorId;
        this.status = PostingStatus.DRAFT;
        this.createdAt = now;
        change(draft, now);
    }

    /** Takes a checked draft's content. */
    void change(PostingDraft draft, Instant now) {
        title = draft.title();
        descriptionHtml = draft.descriptionHtml();
        descriptionText = RichText.visibleText(draft.descriptionHtml());
        type = draft.type();
        location = draft.location();
        remote = draft.remote();
        payMin = draft.payMin();
        payMax = draft.payMax();
        payPeriod = draft.payPeriod();
        allMajors = draft.majors().isEmpty();
        gradYears = draft.gradYears();
        deadline = draft.deadline();
        applyMode = draft.applyMode();
        applyUrl = draft.applyUrl();
        JsonArrayBuilder array = Json.createArrayBuilder();
        draft.questions().forEach(array::add);
        questions = array.build().toString();
        updatedAt = now;
    }

    void become(PostingStatus next, Instant now) {
        status = next;
        updatedAt = now;
        if (next == PostingStatus.SUBMITTED || next == PostingStatus.HELD) {
            submittedAt = now;
            rejectionReason = null;
        }
        if (next == PostingStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    void reject(String reason, Instant now) {
        become(PostingStatus.REJECTED, now);
        rejectionReason = reason;
    }

    void hold(String signals) {
        heldSignals = signals;
    }

    void hide(boolean hide) {
        hidden = hide;
    }

    /** Removed by moderation, remembering the status it had so that a granted appeal can give it back. */
    void remove(Instant now) {
        if (status != PostingStatus.REMOVED) {
            statusBeforeRemoval = status;
            become(PostingStatus.REMOVED, now);
        }
        hidden = true;
    }

    /** Back from a removal, to the status {@link PostingRules#restored} chose from {@link #statusBeforeRemoval()}. */
    void restore(PostingStatus next, Instant now) {
        statusBeforeRemoval = null;
        become(next, now);
    }

    PostingStatus statusBeforeRemoval() { return statusBeforeRemoval; }

    boolean everPublished() { return publishedAt != null; }

    void forgetAuthor() {
        authorId = null;
    }

    public long id() { return id; }
    public Long organisationId() { return organisationId; }
    public Long authorId() { return authorId; }
    public String title() { return title; }
    public String organisationName() { return organisationName; }
    public PostingStatus status() { return status; }
    public boolean hidden() { return hidden; }
    public LocalDate deadline() { return deadline; }
    public ApplyMode applyMode() { return applyMode; }
    public String descriptionText() { return descriptionText; }
    public Instant createdAt() { return createdAt; }

    public List<String> questionList() {
        return Json.createReader(new StringReader(questions)).readArray().getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    Posting view(List<String> majors) {
        return new Posting(id, organisationId, organisationName, authorId, title, descriptionHtml, type, location, remote, payMin,
                payMax, payPeriod, majors, gradYears, deadline, applyMode, applyUrl, questionList(), status, hidden, rejectionReason,
                heldSignals, createdAt, publishedAt);
    }
}
