package app.quad.jobs.internal.applications;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.StoredUpload;
import app.quad.identity.UploadKind;
import app.quad.identity.UploadVariant;
import app.quad.identity.Uploads;
import app.quad.jobs.Application;
import app.quad.jobs.ApplicationStatus;
import app.quad.jobs.ApplicationStatusChanged;
import app.quad.jobs.ApplicationSubmitted;
import app.quad.jobs.Applications;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.Posting;
import app.quad.jobs.Postings;
import app.quad.jobs.internal.postings.PostingRules;
import app.quad.jobs.internal.postings.PostingSettings;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaApplications implements Applications {

    static final String NOT_FOUND = "There is no such application, or it is not yours to change.";

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    Postings postings;

    @Inject
    PostingSettings settings;

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Uploads uploads;

    @Inject
    Notifications notifications;

    @Inject
    Event<ApplicationSubmitted> submitted;

    @Inject
    Event<ApplicationStatusChanged> changed;

    @Override
    @Transactional
    public long apply(long studentId, long postingId, List<String> given) {
        AccountSummary student = accounts.find(studentId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .filter(account -> account.holds(Role.STUDENT) || account.holds(Role.ALUMNI))
                .orElseThrow(() -> new Rejection("posting", "Only students and graduates with an active account can apply."));
        Posting posting = postings.find(studentId, postingId)
                .orElseThrow(() -> new Rejection("posting", "There is no such posting, or you cannot see it."));
        if (posting.applyMode() != ApplyMode.IN_QUAD) {
            throw new Rejection("posting", "Apply on " + posting.organisationName() + "'s own site: " + posting.applyUrl());
        }
        if (!PostingRules.open(posting.status(), posting.hidden(), posting.deadline(), settings.today())) {
            throw new Rejection("posting", posting.deadline().isBefore(settings.today())
                    ? "The application deadline (" + posting.deadline() + ") has passed." : "This posting is closed to applications.");
        }
        if (ofStudent(studentId, postingId).isPresent()) {
            throw new Rejection("posting", "You have already applied to this posting.");
        }
        List<String> answers = ApplicationRules.answers(posting.questions(), given);
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (int i = 0; i < answers.size(); i++) {
            json.add(Json.createObjectBuilder().add("question", posting.questions().get(i)).add("answer", answers.get(i)));
        }
        Long resume = copyOfResume(student.id());
        Instant now = Instant.now();
        // The unique key decides between two submits at the same moment: the second finds the first's
        // row (after waiting for its commit) and inserts nothing, so it is refused like any repeat.
        int added = em.createNativeQuery("INSERT IGNORE INTO jobs_application (posting_id, student_id, status, resume_upload_id, answers,"
                        + " created_at, updated_at) VALUES (?, ?, 'SUBMITTED', ?, ?, ?, ?)")
                .setParameter(1, postingId).setParameter(2, studentId).setParameter(3, resume).setParameter(4, json.build().toString())
                .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now)).executeUpdate();
        if (added == 0) {
            throw new Rejection("posting", "You have already applied to this posting.");
        }
        long id = ((Number) em.createNativeQuery("SELECT id FROM jobs_application WHERE posting_id = ? AND student_id = ?")
                .setParameter(1, postingId).setParameter(2, studentId).getSingleResult()).longValue();
        if (posting.authorId() != null) {
            // The text names the student, so the notice goes with the student's erasure (actorId).
            notifications.notify(new Notice(posting.authorId(), ApplicationKinds.RECEIVED, student.displayName() + " applied to \u201c"
                    + posting.title() + "\u201d.", "/jobs/applications/applicants.xhtml?posting=" + postingId, studentId));
        }
        submitted.fire(new ApplicationSubmitted(id, postingId, studentId));
        return id;
    }

    /**
     * A copy of the résumé on the student's profile, owned by the student: the application keeps
     * the résumé it was sent with even after the profile gets a new one, and it goes when the
     * student erases their account.
     */
    private Long copyOfResume(long studentId) {
        Long current = ownResume(studentId);
        if (current == null) {
            return null;
        }
        StoredUpload upload = uploads.find(current).orElse(null);
        if (upload == null || upload.kind() != UploadKind.RESUME) {
            return null;
        }
        try (InputStream content = uploads.open(current, UploadVariant.ORIGINAL)) {
            return uploads.store(studentId, UploadKind.RESUME, upload.originalName(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the résumé " + current, e);
        }
    }

    private Long ownResume(long studentId) {
        ProfileView own = profiles.view(studentId, studentId).orElse(null);
        return own == null ? null : own.resumeUploadId();
    }

    @Override
    @Transactional
    public void withdraw(long studentId, long applicationId) {
        StoredApplication application = em.find(StoredApplication.class, applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (application == null || application.studentId() != studentId) {
            throw new Rejection("application", NOT_FOUND);
        }
        if (!ApplicationRules.mayWithdraw(application.status())) {
            throw new Rejection("application", "This application is " + application.status().label().toLowerCase()
                    + " already; it cannot be withdrawn.");
        }
        ApplicationStatus from = application.status();
        application.become(ApplicationStatus.WITHDRAWN, Instant.now());
        changed.fire(new ApplicationStatusChanged(applicationId, application.postingId(), studentId, from, ApplicationStatus.WITHDRAWN));
    }

    @Override
    public Optional<Application> ofStudent(long studentId, long postingId) {
        return em.createQuery("SELECT a FROM StoredApplication a WHERE a.postingId = :posting AND a.studentId = :student",
                        StoredApplication.class).setParameter("posting", postingId).setParameter("student", studentId)
                .getResultStream().findFirst().map(this::view);
    }

    @Override
    public ResultPage<Application> mine(long studentId, int first, int max) {
        List<StoredApplication> rows = em.createQuery("SELECT a FROM StoredApplication a WHERE a.studentId = :student"
                        + " ORDER BY a.createdAt DESC, a.id DESC", StoredApplication.class)
                .setParameter("student", studentId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(a) FROM StoredApplication a WHERE a.studentId = :student", Long.class)
                .setParameter("student", studentId).getSingleResult();
        return new ResultPage<>(rows.stream().map(this::view).toList(), total);
    }

    @Override
    public ResultPage<Application> applicants(long actorId, long postingId, ApplicationStatus status, int first, int max) {
        if (!postings.manages(actorId, postingId)) {
            return new ResultPage<>(List.of(), 0);
        }
        String where = " FROM StoredApplication a WHERE a.postingId = :posting" + (status == null ? "" : " AND a.status = :status");
        TypedQuery<StoredApplication> rows = em.createQuery("SELECT a" + where + " ORDER BY a.createdAt, a.id", StoredApplication.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
        rows.setParameter("posting", postingId);
        count.setParameter("posting", postingId);
        if (status != null) {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        return new ResultPage<>(rows.setFirstResult(first).setMaxResults(max).getResultList().stream().map(this::view).toList(),
                count.getSingleResult());
    }

    @Override
    public Optional<Application> find(long viewerId, long applicationId) {
        StoredApplication application = em.find(StoredApplication.class, applicationId);
        if (application == null || (application.studentId() != viewerId && !postings.manages(viewerId, application.postingId()))) {
            return Optional.empty();
        }
        return Optional.of(view(application));
    }

    @Override
    @Transactional
    public int move(long actorId, List<Long> applicationIds, ApplicationStatus status) {
        if (status == null) {
            throw new Rejection("status", "Choose the new status.");
        }
        if (applicationIds == null || applicationIds.isEmpty()) {
            throw new Rejection("applications", "Select at least one applicant.");
        }
        int moved = 0;
        Instant now = Instant.now();
        for (Long id : applicationIds.stream().distinct().sorted().toList()) {
            StoredApplication application = em.find(StoredApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
            // Any id the actor may not manage refuses the whole change: guessing ids moves nothing.
            if (application == null || !postings.manages(actorId, application.postingId())) {
                throw new Rejection("applications", NOT_FOUND);
            }
            ApplicationStatus from = application.status();
            if (from == status) {
                continue;
            }
            if (!ApplicationRules.mayMove(from, status)) {
                throw new Rejection("status", "An application that is " + from.label().toLowerCase() + " cannot be moved to "
                        + status.label().toLowerCase() + ".");
            }
            application.become(status, now);
            moved++;
            Posting posting = postings.find(actorId, application.postingId()).orElseThrow();
            notifications.notify(new Notice(application.studentId(), ApplicationKinds.STATUS,
                    "Your application to \u201c" + posting.title() + "\u201d at " + posting.organisationName() + " is now: "
                            + status.label() + ".", "/jobs/applications/mine.xhtml"));
            changed.fire(new ApplicationStatusChanged(id, application.postingId(), application.studentId(), from, status));
        }
        return moved;
    }

    private Application view(StoredApplication row) {
        Object[] posting = (Object[]) em.createNativeQuery("SELECT title, organisation_name FROM jobs_posting WHERE id = ?")
                .setParameter(1, row.postingId()).getSingleResult();
        String name = accounts.find(row.studentId()).map(AccountSummary::displayName).orElse("Former member");
        List<Application.Answer> answers = new ArrayList<>();
        for (JsonObject answer : Json.createReader(new StringReader(row.answers())).readArray().getValuesAs(JsonObject.class)) {
            answers.add(new Application.Answer(answer.getString("question"), answer.getString("answer")));
        }
        return new Application(row.id(), row.postingId(), (String) posting[0], (String) posting[1], row.studentId(), name,
                row.status(), row.resumeUploadId(), answers, row.createdAt(), row.updatedAt());
    }
}
