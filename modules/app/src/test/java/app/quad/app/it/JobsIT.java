package app.quad.app.it;

import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Sql;
import app.quad.identity.AccountAdministration;
import app.quad.identity.Accounts;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.identity.UploadKind;
import app.quad.identity.Uploads;
import app.quad.jobs.Application;
import app.quad.jobs.ApplicationStatus;
import app.quad.jobs.ApplicationStatusChanged;
import app.quad.jobs.ApplicationSubmitted;
import app.quad.jobs.Applications;
import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobApproved;
import app.quad.jobs.JobPosted;
import app.quad.jobs.JobRejected;
import app.quad.jobs.JobReported;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Job postings and applications on the real server: lifecycle, who may do what, search, applying, the pipeline, moderation. */
@ExtendWith(ArquillianExtension.class)
class JobsIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Postings postings;

    @Inject
    Applications applications;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Profiles profiles;

    @Inject
    Uploads uploads;

    @Inject
    AccountAdministration administration;

    @Inject
    app.quad.identity.AccountErasure erasure;

    @Inject
    Instance<ReportableContent> reportables;

    @Inject
    Event<ModerationDecision> decisions;

    @Inject
    UserTransaction transaction;

    @Inject
    EventLog events;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @Test
    void aPostingIsSubmittedRejectedWithAReasonChangedAndApprovedThenFound() {
        String tag = tag();
        long staff = person("staff", Role.STAFF);
        long employer = employer(tag);
        long student = person("student", Role.STUDENT);
        long id = postings.create(employer, draft("Robotics intern " + tag, JobType.INTERNSHIP));
        assertEquals(PostingStatus.DRAFT, postings.find(employer, id).orElseThrow().status());
        assertTrue(postings.find(student, id).isEmpty(), "a draft is for its organisation only");
        assertEquals(PostingStatus.SUBMITTED, postings.submit(employer, id), "verified employers still wait for approval by default");
        assertEquals(0, postings.search(PostingSearch.text(tag), 0, 10).total(), "not yet published");
        assertTrue(postings.awaitingReview(staff, 0, 100).items().stream().anyMatch(p -> p.id() == id));
        refused("posting", "A posting can be changed only as a draft or after the career center turned it down (this one is waiting for the career center).",
                () -> postings.update(employer, id, draft("Changed " + tag, JobType.INTERNSHIP)));
        assertThrows(SecurityException.class, () -> postings.approve(employer, id), "only staff approve");

        refused("reason", "Tell the employer why, so they can change the posting.", () -> postings.reject(staff, id, "  "));
        postings.reject(staff, id, "Say what the pay is per.");
        Posting rejected = postings.find(employer, id).orElseThrow();
        assertEquals(PostingStatus.REJECTED, rejected.status());
        assertEquals("Say what the pay is per.", rejected.rejectionReason(), "the employer sees the reason");
        assertTrue(events.contains(new JobRejected(id, staff, "Say what the pay is per.")));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'jobs.posting-reviewed'", employer));

        postings.update(employer, id, draft("Robotics intern " + tag + " (paid)", JobType.INTERNSHIP));
        assertEquals(PostingStatus.SUBMITTED, postings.submit(employer, id));
        postings.approve(staff, id);
        assertTrue(events.contains(new JobApproved(id, staff)));
        Posting published = postings.find(student, id).orElseThrow();
        assertEquals(PostingStatus.PUBLISHED, published.status());
        assertTrue(events.contains(new JobPosted(id, published.organisationId(), employer)));
        assertEquals(List.of(id), ids(postings.search(PostingSearch.text(tag), 0, 10).items()));
        assertEquals(List.of(id), ids(postings.openAt(published.organisationId(), 0, 10).items()), "the organisation page lists it");
        refused("posting", "This posting is not waiting for review (it is published).", () -> postings.approve(staff, id));

        long own = postings.create(staff, draft("Career center assistant " + tag, JobType.ON_CAMPUS));
        assertEquals(PostingStatus.PUBLISHED, postings.submit(staff, own), "staff's own postings are published at once");
        postings.close(employer, id);
        assertEquals(List.of(own), ids(postings.search(PostingSearch.text(tag), 0, 10).items()), "a closed posting is not found");
    }

    @Test
    void staffChooseWhetherVerifiedEmployersNeedReview() {
        String tag = tag();
        long staff = person("staff", Role.STAFF);
        long employer = employer(tag);
        assertFalse(postings.trustsVerifiedEmployers(), "review by default (the configured default)");
        assertThrows(SecurityException.class, () -> postings.trustVerifiedEmployers(employer, true), "only staff choose");
        assertFalse(postings.trustsVerifiedEmployers());
        try {
            postings.trustVerifiedEmployers(staff, true);
            assertTrue(postings.trustsVerifiedEmployers());
            long trusted = postings.create(employer, draft("Trusted " + tag, JobType.FULL_TIME));
            assertEquals(PostingStatus.PUBLISHED, postings.submit(employer, trusted), "a verified employer's posting goes out at once");
            postings.trustVerifiedEmployers(staff, false);
            long reviewed = postings.create(employer, draft("Reviewed " + tag, JobType.FULL_TIME));
            assertEquals(PostingStatus.SUBMITTED, postings.submit(employer, reviewed));
        } finally {
            postings.trustVerifiedEmployers(staff, false);
        }
    }

    @Test
    void onlyVerifiedEmployersAndStaffPostAndEmployersTouchOnlyTheirOwnOrganisationsPostings() {
        String tag = tag();
        long mine = employer(tag);
        long theirs = employer(tag + "x");
        long student = person("student", Role.STUDENT);
        refused("title", "Only people of verified employers and career center staff can post jobs.",
                () -> postings.create(student, draft("Student job " + tag, JobType.PART_TIME)));
        long id = postings.create(mine, draft("Analyst " + tag, JobType.FULL_TIME));
        String notFound = "There is no such posting, or it is not yours to change.";
        refused("posting", notFound, () -> postings.update(theirs, id, draft("Hijacked " + tag, JobType.FULL_TIME)));
        refused("posting", notFound, () -> postings.submit(theirs, id));
        refused("posting", notFound, () -> postings.close(theirs, id));
        refused("posting", notFound, () -> postings.update(theirs, Long.MAX_VALUE, draft("Nothing " + tag, JobType.FULL_TIME)));
        assertTrue(postings.find(theirs, id).isEmpty());
        assertFalse(postings.manages(theirs, id));
        assertEquals("Analyst " + tag, postings.find(mine, id).orElseThrow().title(), "nothing changed");
    }

    @Test
    void badInputIsRefusedAtItsField() {
        String tag = tag();
        long employer = employer(tag);
        PostingDraft good = draft("Tester " + tag, JobType.FULL_TIME);
        refused("deadline", "The deadline " + LocalDate.now().minusDays(2) + " is in the past; choose today or a later day.",
                () -> postings.create(employer, with(good, LocalDate.now().minusDays(2), 50_000, 60_000, PayPeriod.YEAR)));
        refused("payMax", "The highest pay (40000) is below the lowest pay (60000).",
                () -> postings.create(employer, with(good, LocalDate.now().plusDays(5), 60_000, 40_000, PayPeriod.YEAR)));
        refused("payPeriod", "Only internships can be unpaid; enter the pay for this job.",
                () -> postings.create(employer, with(good, LocalDate.now().plusDays(5), null, null, PayPeriod.UNPAID)));
        long unpaid = postings.create(employer, with(draft("Unpaid intern " + tag, JobType.INTERNSHIP), LocalDate.now().plusDays(5),
                null, null, PayPeriod.UNPAID));
        assertEquals("Unpaid", postings.find(employer, unpaid).orElseThrow().pay(), "shown as unpaid");
        assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM jobs_posting WHERE title = ?", "Tester " + tag), "nothing refused was saved");
    }

    @Test
    void oneApplicationPerStudentEvenWhenSubmittedInParallel() throws Exception {
        String tag = tag();
        long posting = published(tag, "Parallel " + tag);
        for (int round = 0; round < 4; round++) {
            long student = person("racer" + round, Role.STUDENT);
            int threads = 6;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Long>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit((Callable<Long>) () -> {
                        start.await();
                        return applications.apply(student, posting, List.of("Because I like robots."));
                    }));
                }
                start.countDown();
                int applied = 0;
                for (Future<Long> result : results) {
                    try {
                        result.get();
                        applied++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        Rejection rejection = assertInstanceOfRejection(e.getCause());
                        assertEquals("You have already applied to this posting.", rejection.getMessage());
                    }
                }
                assertEquals(1, applied, "exactly one of the parallel submits applies");
                assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM jobs_application WHERE posting_id = ? AND student_id = ?", posting, student));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void applyingWithTheResumeAndMovingThroughThePipelineTellsTheStudent() throws Exception {
        String tag = tag();
        long employer = employer(tag);
        long other = employer(tag + "o");
        long posting = publishedBy(employer, "Pipeline " + tag);
        long student = person("applicant", Role.STUDENT);
        profiles.attach(student, UploadKind.RESUME, "cv.pdf", new ByteArrayInputStream(pdf()));
        long firstResume = profiles.view(student, student).map(ProfileView::resumeUploadId).orElseThrow();

        refused("answers", "Answer every question, including \u201cWhy robots?\u201d.", () -> applications.apply(student, posting, List.of(" ")));
        long id = applications.apply(student, posting, List.of("I built one."));
        assertTrue(events.contains(new ApplicationSubmitted(id, posting, student)));
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'jobs.application-received'"
                + " AND actor_id = ?", employer, student), "the posting's author hears of it, and the notice goes with the student's erasure");
        refused("posting", "You have already applied to this posting.", () -> applications.apply(student, posting, List.of("Again.")));
        Application application = applications.find(employer, id).orElseThrow();
        assertNotNull(application.resumeUploadId());
        assertNotEquals(firstResume, application.resumeUploadId(), "a copy is kept with the application");
        assertEquals("I built one.", application.answers().get(0).answer());
        assertTrue(uploads.visibleTo(uploads.find(application.resumeUploadId()).orElseThrow(), Optional.of(employer)));
        assertFalse(uploads.visibleTo(uploads.find(application.resumeUploadId()).orElseThrow(), Optional.of(other)),
                "another organisation's people cannot see the résumé");
        profiles.attach(student, UploadKind.RESUME, "new-cv.pdf", new ByteArrayInputStream(pdf()));
        assertTrue(uploads.find(application.resumeUploadId()).isPresent(), "a new résumé on the profile leaves the application's copy");

        // Employers see only their own postings' applicants, whatever ids they guess.
        assertEquals(0, applications.applicants(other, posting, null, 0, 10).total());
        assertTrue(applications.find(other, id).isEmpty());
        refused("applications", "There is no such application, or it is not yours to change.",
                () -> applications.move(other, List.of(id), ApplicationStatus.DECLINED));
        assertEquals(ApplicationStatus.SUBMITTED, applications.find(student, id).orElseThrow().status());

        assertEquals(1, applications.applicants(employer, posting, ApplicationStatus.SUBMITTED, 0, 10).total());
        assertEquals(1, applications.move(employer, List.of(id), ApplicationStatus.REVIEWED));
        assertEquals(1, applications.move(employer, List.of(id), ApplicationStatus.INTERVIEW));
        assertTrue(events.contains(new ApplicationStatusChanged(id, posting, student, ApplicationStatus.REVIEWED, ApplicationStatus.INTERVIEW)));
        assertEquals(ApplicationStatus.INTERVIEW, applications.mine(student, 0, 10).items().get(0).status(), "the student sees the new status");
        assertEquals(2, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'jobs.application-status'"
                + " AND digest = 'DAILY_DIGEST'", student), "every change is a notice, for the daily digest by default");
        refused("status", "An application that is interview cannot be moved to reviewed.",
                () -> applications.move(employer, List.of(id), ApplicationStatus.REVIEWED));
        assertEquals(0, applications.applicants(employer, posting, ApplicationStatus.SUBMITTED, 0, 10).total(), "filtered by status");

        applications.withdraw(student, id);
        assertEquals(ApplicationStatus.WITHDRAWN, applications.find(student, id).orElseThrow().status());
        refused("application", "This application is withdrawn already; it cannot be withdrawn.", () -> applications.withdraw(student, id));
        long employerAsStudent = employer;
        refused("posting", "Only students and graduates with an active account can apply.",
                () -> applications.apply(employerAsStudent, posting, List.of("x")));
    }

    @Test
    void deadlinesCloseApplicationsAndTheSweepClosesPostings() {
        String tag = tag();
        long posting = published(tag, "Deadline " + tag);
        long late = person("late", Role.STUDENT);
        Sql.execute(db, "UPDATE jobs_posting SET deadline = ? WHERE id = ?", java.sql.Date.valueOf(postings.today().minusDays(1)), posting);
        refused("posting", "The application deadline (" + postings.today().minusDays(1) + ") has passed.",
                () -> applications.apply(late, posting, List.of("Sorry.")));
        assertEquals(0, postings.search(PostingSearch.text(tag), 0, 10).total(), "expired at read time");
        assertTrue(postings.closeExpired(postings.today()) >= 1);
        assertEquals(PostingStatus.CLOSED, postings.find(late, posting).orElseThrow().status());
        refused("posting", "The application deadline (" + postings.today().minusDays(1) + ") has passed.",
                () -> applications.apply(late, posting, List.of("Sorry.")));
    }

    @Test
    void searchMatchesWordsAndFiltersSortsAndPages() {
        String tag = tag();
        long employer = employer(tag);
        long a = publishedBy(employer, with(draft("Quantum widget engineer " + tag, JobType.FULL_TIME), LocalDate.now().plusDays(30),
                90_000, 120_000, PayPeriod.YEAR));
        long b = publishedBy(employer, with(draft("Widget tester " + tag, JobType.PART_TIME), LocalDate.now().plusDays(3), 20, 25,
                PayPeriod.HOUR));
        long c = publishedBy(employer, with(draft("Unpaid widget intern " + tag, JobType.INTERNSHIP), LocalDate.now().plusDays(10),
                null, null, PayPeriod.UNPAID));
        assertEquals(Set.of(a, b, c), Set.copyOf(ids(postings.search(PostingSearch.text(tag + " widget"), 0, 10).items())));
        assertEquals(List.of(a), ids(postings.search(PostingSearch.text(tag + " quant"), 0, 10).items()), "word beginnings match");
        assertEquals(List.of(b), ids(search(tag, JobType.PART_TIME, null, false, null, null, PostingSearch.Sort.RELEVANCE)));
        assertEquals(Set.of(a, b), Set.copyOf(ids(search(tag, null, null, true, null, null, PostingSearch.Sort.RELEVANCE))), "paid only");
        assertEquals(List.of(a), ids(search(tag, null, null, false, PayPeriod.YEAR, 100_000, PostingSearch.Sort.RELEVANCE)));
        assertEquals(List.of(b, c, a), ids(search(tag, null, null, false, null, null, PostingSearch.Sort.DEADLINE)));
        assertEquals(List.of(c, b, a), ids(search(tag, null, null, false, null, null, PostingSearch.Sort.NEWEST)));
        assertEquals(List.of(a), ids(search(tag, null, "Computer Science", false, null, null, PostingSearch.Sort.RELEVANCE).stream()
                .filter(p -> p.id() == a).toList()), "no majors named means every major");
        assertEquals(1, postings.search(PostingSearch.text(tag), 1, 1).items().size());
        assertEquals(3, postings.search(PostingSearch.text(tag), 1, 1).total(), "paginated with the total");
        assertEquals(0, postings.search(PostingSearch.text(tag + " nonexistentword"), 0, 10).total());
    }

    @Test
    void moderationHidesShowsAndRemovesAndReportsOnce() throws Exception {
        String tag = tag();
        long posting = published(tag, "Suspicious " + tag);
        long reporter = person("reporter", Role.STUDENT);
        postings.report(reporter, posting, ReportReason.SCAM, "Asks for a fee.");
        assertTrue(events.contains(new JobReported(posting, reporter, ReportReason.SCAM, "Asks for a fee.")));
        refused("reason", "You have reported this posting already; the moderators will look at it.",
                () -> postings.report(reporter, posting, ReportReason.SCAM, ""));
        refused("detail", "Tell the moderators what is wrong with the posting.",
                () -> postings.report(person("other", Role.STUDENT), posting, ReportReason.OTHER, " "));
        ReportableContent content = reportables.stream().filter(r -> r.handles(JobReported.KIND)).findFirst().orElseThrow();
        assertTrue(content.find(posting, reporter).isPresent());

        decide(posting, ModerationAction.HIDE);
        assertEquals(0, postings.search(PostingSearch.text(tag), 0, 10).total(), "hidden pending review");
        assertTrue(postings.find(reporter, posting).isEmpty());
        assertTrue(content.find(posting).orElseThrow().hidden());
        decide(posting, ModerationAction.DISMISS);
        assertEquals(1, postings.search(PostingSearch.text(tag), 0, 10).total(), "shown again");
        decide(posting, ModerationAction.REMOVE);
        assertEquals(0, postings.search(PostingSearch.text(tag), 0, 10).total());
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM jobs_posting WHERE id = ? AND status = 'REMOVED'", posting));
    }

    @Test
    void aGrantedAppealGivesARemovedPostingBackTheStatusItHad() throws Exception {
        String tag = tag();
        long employer = employer(tag);
        long organisation = organisations.ofAccount(employer).orElseThrow().id();
        long student = person("student", Role.STUDENT);
        long posting = publishedBy(employer, "Appealed " + tag);
        postings.bookmark(student, posting, true);

        decide(posting, ModerationAction.REMOVE);
        decide(posting, ModerationAction.REMOVE);
        assertEquals(0, postings.search(PostingSearch.text(tag), 0, 10).total());
        assertTrue(postings.find(student, posting).isEmpty());
        assertEquals(0, postings.bookmarks(student, 0, 10).total());
        assertEquals(0, postings.openAt(organisation, 0, 10).total());
        refused("posting", "There is no such posting, or you cannot see it.", () -> applications.apply(student, posting, List.of("Yes.")));
        assertEquals(PostingStatus.REMOVED, postings.find(employer, posting).orElseThrow().status(), "its people see what happened");

        decide(posting, ModerationAction.DISMISS);
        assertEquals(PostingStatus.REMOVED, postings.find(employer, posting).orElseThrow().status(),
                "reports rejected in a later case leave the removal as it is");
        decide(posting, ModerationAction.RESTORE);
        assertEquals(PostingStatus.PUBLISHED, postings.find(student, posting).orElseThrow().status(), "a second REMOVE kept the first's memory");
        assertEquals(List.of(posting), ids(postings.search(PostingSearch.text(tag), 0, 10).items()));
        assertEquals(List.of(posting), ids(postings.bookmarks(student, 0, 10).items()));
        assertTrue(applications.apply(student, posting, List.of("Yes.")) > 0);

        long waiting = postings.create(employer, draft("Waiting " + tag, JobType.FULL_TIME));
        postings.submit(employer, waiting);
        decide(waiting, ModerationAction.REMOVE);
        decide(waiting, ModerationAction.RESTORE);
        assertEquals(PostingStatus.SUBMITTED, postings.find(employer, waiting).orElseThrow().status(), "back in the career center's queue");

        long expired = publishedBy(employer, "Expired " + tag);
        decide(expired, ModerationAction.REMOVE);
        Sql.execute(db, "UPDATE jobs_posting SET deadline = ? WHERE id = ?", java.sql.Date.valueOf(postings.today().minusDays(1)), expired);
        decide(expired, ModerationAction.RESTORE);
        assertEquals(PostingStatus.CLOSED, postings.find(student, expired).orElseThrow().status(), "its deadline passed meanwhile");

        long legacy = publishedBy(employer, "Removed long ago " + tag);
        Sql.execute(db, "UPDATE jobs_posting SET status = 'REMOVED', hidden = TRUE WHERE id = ?", legacy);
        decide(legacy, ModerationAction.RESTORE);
        assertEquals(PostingStatus.PUBLISHED, postings.find(student, legacy).orElseThrow().status(),
                "removed before the status was kept: published postings go back to published");

        // The organisation was turned down while the posting was removed: it comes back as that rejection would have left it.
        decide(posting, ModerationAction.REMOVE);
        decide(waiting, ModerationAction.REMOVE);
        organisations.reject(person("staff", Role.STAFF), organisation, "Not a real employer");
        decide(posting, ModerationAction.RESTORE);
        decide(waiting, ModerationAction.RESTORE);
        assertEquals(PostingStatus.CLOSED, postings.find(student, posting).orElseThrow().status());
        assertEquals(PostingStatus.DRAFT, postings.find(employer, waiting).orElseThrow().status());

        // Its author was banned while it was removed: it does not come back open.
        long banned = employer(tag + "b");
        long bannedPosting = publishedBy(banned, "Banned author " + tag);
        decide(bannedPosting, ModerationAction.REMOVE);
        Sql.execute(db, "UPDATE identity_account SET status = 'SUSPENDED' WHERE id = ?", banned);
        decide(bannedPosting, ModerationAction.RESTORE);
        assertEquals(PostingStatus.CLOSED, postings.find(person("staff", Role.STAFF), bannedPosting).orElseThrow().status());
    }

    @Test
    void aSuspendedEmployersOwnPostingsCloseAndColleaguesKeepTheirs() {
        String tag = tag();
        long suspended = employer(tag);
        long organisation = organisations.ofAccount(suspended).orElseThrow().id();
        long colleague = accounts.register(new NewAccount("colleague." + tag + "@e" + tag + ".example.com", "Colleague", PASSWORD,
                Set.of(Role.EMPLOYER), organisation));
        long hers = publishedBy(suspended, "Hers " + tag);
        long theirs = publishedBy(colleague, "Theirs " + tag);
        administration.suspend(person("admin", Role.ADMIN), suspended, "Checking a report");
        assertEquals(PostingStatus.CLOSED, postings.find(colleague, hers).orElseThrow().status());
        assertEquals(PostingStatus.PUBLISHED, postings.find(colleague, theirs).orElseThrow().status());
    }

    @Test
    void bookmarksAndSavedSearchAlerts() {
        String tag = tag();
        long student = person("saver", Role.STUDENT);
        refused("searchName", "Name the search, for example \u201cSummer internships in Boston\u201d.",
                () -> postings.saveSearch(student, " ", PostingSearch.text(tag)));
        postings.saveSearch(student, "Rovers", new PostingSearch("rover " + tag, JobType.INTERNSHIP, null, null, null, null, null, false,
                null, null));
        postings.saveSearch(student, "Full-time only", new PostingSearch(tag, JobType.FULL_TIME, null, null, null, null, null, false,
                null, null));
        assertEquals(2, postings.savedSearches(student, 0, 10).total());
        long posting = published(tag, "Rover driver " + tag);
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'jobs.saved-search'"
                + " AND digest = 'DAILY_DIGEST' AND text LIKE ?", student, "%Rovers%"), "one notice, for the matching search, by digest");
        assertEquals(1, Sql.count(db, "SELECT COUNT(*) FROM networking_notification WHERE recipient_id = ? AND kind = 'jobs.saved-search'",
                student));
        long other = person("other", Role.STUDENT);
        postings.deleteSearch(other, postings.savedSearches(student, 0, 10).items().get(0).id());
        assertEquals(2, postings.savedSearches(student, 0, 10).total(), "nobody deletes another's search");

        postings.bookmark(student, posting, true);
        postings.bookmark(student, posting, true);
        assertTrue(postings.bookmarked(student, posting));
        assertEquals(List.of(posting), ids(postings.bookmarks(student, 0, 10).items()));
        postings.bookmark(student, posting, false);
        assertEquals(0, postings.bookmarks(student, 0, 10).total());
        long draft = postings.create(employer(tag + "d"), draft("Secret draft " + tag, JobType.FULL_TIME));
        refused("bookmark", "There is no such posting, or you cannot see it.", () -> postings.bookmark(student, draft, true));
    }

    @Test
    void erasureTakesTheStudentsApplicationsAndLeavesTheOrganisationsPostings() throws Exception {
        String tag = tag();
        long employer = employer(tag);
        long posting = publishedBy(employer, "Erasable " + tag);
        long student = person("leaver", Role.STUDENT);
        profiles.attach(student, UploadKind.RESUME, "cv.pdf", new ByteArrayInputStream(pdf()));
        long application = applications.apply(student, posting, List.of("Yes."));
        long copy = applications.find(student, application).orElseThrow().resumeUploadId();
        postings.bookmark(student, posting, true);
        postings.saveSearch(student, "Mine", PostingSearch.text(tag));
        postings.report(student, posting, ReportReason.SPAM, "");
        erasure.erase(student, PASSWORD);
        erasure.erase(employer, PASSWORD);
        for (String table : List.of("jobs_application WHERE student_id = ?", "jobs_bookmark WHERE account_id = ?",
                "jobs_saved_search WHERE account_id = ?", "jobs_posting_report WHERE reporter_id = ?", "jobs_posting WHERE author_id = ?")) {
            assertEquals(0, Sql.count(db, "SELECT COUNT(*) FROM " + table, table.startsWith("jobs_posting WHERE") ? employer : student), table);
        }
        assertTrue(uploads.find(copy).isEmpty(), "the résumé copy goes with the student");
        assertEquals(PostingStatus.PUBLISHED, postings.find(person("reader", Role.STUDENT), posting).orElseThrow().status(),
                "the posting stays with its organisation");
    }

    private void decide(long posting, ModerationAction action) throws Exception {
        transaction.begin();
        try {
            decisions.fire(new ModerationDecision(1, new ReportTarget(JobReported.KIND, posting), 0, action, "test", 0));
            transaction.commit();
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private List<Posting> search(String tag, JobType type, String major, boolean paidOnly, PayPeriod period, Integer minPay,
                                 PostingSearch.Sort sort) {
        return postings.search(new PostingSearch(tag, type, null, null, major, period, minPay, paidOnly, null, sort), 0, 10).items();
    }

    private long published(String tag, String title) {
        return publishedBy(employer(tag), title);
    }

    private long publishedBy(long employer, String title) {
        return publishedBy(employer, draft(title, JobType.INTERNSHIP));
    }

    private long publishedBy(long employer, PostingDraft draft) {
        long id = postings.create(employer, draft);
        postings.submit(employer, id);
        postings.approve(person("approver", Role.STAFF), id);
        return id;
    }

    private static PostingDraft draft(String title, JobType type) {
        return new PostingDraft(title, "<p>Build <strong>robots</strong> with us.</p>", type, "Boston, MA", Remote.HYBRID, 20, 30,
                PayPeriod.HOUR, List.of(), "2026, 2027", LocalDate.now().plusDays(14), ApplyMode.IN_QUAD, null, List.of("Why robots?"));
    }

    private static PostingDraft with(PostingDraft d, LocalDate deadline, Integer min, Integer max, PayPeriod period) {
        return new PostingDraft(d.title(), d.descriptionHtml(), d.type(), d.location(), d.remote(), min, max, period, d.majors(),
                d.gradYears(), deadline, d.applyMode(), d.applyUrl(), d.questions());
    }

    private static List<Long> ids(List<Posting> found) {
        return found.stream().map(Posting::id).toList();
    }

    private static Rejection assertInstanceOfRejection(Throwable thrown) {
        assertTrue(thrown instanceof Rejection, () -> "expected a Rejection, got " + thrown);
        return (Rejection) thrown;
    }

    private void refused(String field, String message, Executable action) {
        Rejection rejection = assertThrows(Rejection.class, action);
        assertEquals(message, rejection.getMessage());
        assertEquals(field, rejection.field());
    }

    private static String tag() {
        return "t" + Long.toString(System.nanoTime(), 36);
    }

    private long person(String name, Role role) {
        String email = name + "." + System.nanoTime() + "@campus.example.edu";
        return accounts.register(new NewAccount(email, "Test " + name, PASSWORD, Set.of(role), null));
    }

    private long employer(String tag) {
        long staff = person("verifier", Role.STAFF);
        long organisation = organisations.addVerified(staff, "Employer " + tag, "https://e" + tag + ".example.com", "e" + tag + ".example.com");
        return accounts.register(new NewAccount("recruiter." + tag + "@e" + tag + ".example.com", "Recruiter " + tag, PASSWORD,
                Set.of(Role.EMPLOYER), organisation));
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
