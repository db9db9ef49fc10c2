package app.quad.jobs.internal.postings;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import app.quad.jobs.JobApproved;
import app.quad.jobs.JobPosted;
import app.quad.jobs.JobRejected;
import app.quad.jobs.JobReported;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Postings;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ContentScreening;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPostings implements Postings {

    public static final String NOT_FOUND = "There is no such posting, or it is not yours to change.";
    static final String CAMPUS = "Career center";
    static final int DETAIL_MAX = 1000;
    static final int REASON_MAX = 1000;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Notifications notifications;

    @Inject
    PostingSettings settings;

    @Inject
    Instance<ContentScreening> screenings;

    @Inject
    Event<JobPosted> posted;

    @Inject
    Event<JobApproved> approved;

    @Inject
    Event<JobRejected> rejected;

    @Inject
    Event<JobReported> reported;

    @Override
    @Transactional
    public long create(long authorId, PostingDraft draft) {
        AccountSummary author = active(authorId, "title");
        PostingDraft checked = PostingRules.check(draft, settings.today());
        StoredPosting posting;
        if (staff(author)) {
            posting = new StoredPosting(null, CAMPUS, authorId, checked, Instant.now());
        } else {
            OrganisationSummary organisation = postingOrganisation(author);
            posting = new StoredPosting(organisation.id(), organisation.name(), authorId, checked, Instant.now());
        }
        em.persist(posting);
        em.flush();
        writeMajors(posting.id(), checked.majors());
        return posting.id();
    }

    /** Employers post only for a verified organisation. */
    private OrganisationSummary postingOrganisation(AccountSummary author) {
        if (!author.holds(Role.EMPLOYER)) {
            throw new Rejection("title", "Only people of verified employers and career center staff can post jobs.");
        }
        OrganisationSummary organisation = organisations.ofAccount(author.id())
                .orElseThrow(() -> new Rejection("title", "Only people of verified employers and career center staff can post jobs."));
        if (!organisation.verified()) {
            throw new Rejection("title", "The career center has not verified " + organisation.name() + " yet; you can post once it has.");
        }
        return organisation;
    }

    @Override
    @Transactional
    public void update(long actorId, long postingId, PostingDraft draft) {
        StoredPosting posting = managed(actorId, postingId);
        if (!PostingRules.editable(posting.status())) {
            throw new Rejection("posting", "A posting can be changed only as a draft or after the career center turned it down"
                    + " (this one is " + posting.status().label().toLowerCase() + ").");
        }
        PostingDraft checked = PostingRules.check(draft, settings.today());
        posting.change(checked, Instant.now());
        writeMajors(postingId, checked.majors());
    }

    @Override
    @Transactional
    public PostingStatus submit(long actorId, long postingId) {
        StoredPosting posting = managed(actorId, postingId);
        if (!PostingRules.submittable(posting.status())) {
            throw new Rejection("posting", "This posting is " + posting.status().label().toLowerCase() + "; it cannot be submitted again.");
        }
        AccountSummary actor = active(actorId, "posting");
        Posting view = view(posting);
        // A deadline that passed while the draft waited is refused here too.
        PostingRules.checkDeadline(view.deadline(), settings.today());
        if (!staff(actor)) {
            postingOrganisation(actor);
        }
        List<ContentScreening> screeners = screenings.stream().toList();
        List<Screening> verdicts = screen(screeners, actorId, view);
        Screening screening = PostingRules.strictest(verdicts);
        if (screening.verdict() == Screening.Verdict.BLOCK) {
            throw new Rejection("description", "This posting cannot be published: " + String.join("; ", screening.signals()) + ".");
        }
        boolean held = screening.verdict() == Screening.Verdict.HOLD;
        PostingStatus next = PostingRules.afterSubmit(held, staff(actor), settings.trustVerifiedEmployers());
        Instant now = Instant.now();
        posting.become(next, now);
        if (held) {
            posting.hold(String.join("; ", screening.signals()));
            // The screener that held it opens the moderation case.
            screeners.get(verdicts.indexOf(screening)).held(new ReportTarget(JobReported.KIND, postingId), actorId, screening);
        } else if (next == PostingStatus.PUBLISHED) {
            posted.fire(new JobPosted(postingId, posting.organisationId(), posting.authorId()));
        }
        return next;
    }

    /** Asks every screening bean deployed, in order; the strictest verdict wins. Without one, everything is allowed. */
    private static List<Screening> screen(List<ContentScreening> screeners, long authorId, Posting posting) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("payMin", posting.payMin() == null ? "" : posting.payMin().toString());
        attributes.put("payMax", posting.payMax() == null ? "" : posting.payMax().toString());
        attributes.put("payPeriod", posting.payPeriod().name());
        attributes.put("jobType", posting.type().name());
        attributes.put("applyUrl", posting.applyUrl() == null ? "" : posting.applyUrl());
        attributes.put("organisationId", posting.organisationId() == null ? "" : posting.organisationId().toString());
        Submission submission = new Submission(JobReported.KIND, authorId, posting.title() + "\n" + posting.descriptionHtml(), attributes);
        List<Screening> verdicts = new ArrayList<>();
        for (ContentScreening screener : screeners) {
            verdicts.add(screener.screen(submission));
        }
        return verdicts;
    }

    @Override
    @Transactional
    public void approve(long staffId, long postingId) {
        StoredPosting posting = reviewed(staffId, postingId);
        posting.become(PostingStatus.PUBLISHED, Instant.now());
        approved.fire(new JobApproved(postingId, staffId));
        posted.fire(new JobPosted(postingId, posting.organisationId(), posting.authorId()));
        tellAuthor(posting, "The career center approved your posting \u201c" + posting.title() + "\u201d; students can find it now.", staffId);
    }

    @Override
    @Transactional
    public void reject(long staffId, long postingId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejection("reason", "Tell the employer why, so they can change the posting.");
        }
        if (why.length() > REASON_MAX) {
            throw new Rejection("reason", "The reason can be at most " + REASON_MAX + " characters.");
        }
        StoredPosting posting = reviewed(staffId, postingId);
        posting.reject(why, Instant.now());
        rejected.fire(new JobRejected(postingId, staffId, why));
        tellAuthor(posting, "The career center did not approve your posting \u201c" + posting.title() + "\u201d: " + why, staffId);
    }

    private StoredPosting reviewed(long staffId, long postingId) {
        requireStaff(staffId);
        StoredPosting posting = em.find(StoredPosting.class, postingId, LockModeType.PESSIMISTIC_WRITE);
        if (posting == null) {
            throw new Rejection("posting", NOT_FOUND);
        }
        if (!PostingRules.reviewable(posting.status())) {
            throw new Rejection("posting", "This posting is not waiting for review (it is " + posting.status().label().toLowerCase() + ").");
        }
        return posting;
    }

    private void tellAuthor(StoredPosting posting, String text, long actorId) {
        if (posting.authorId() != null) {
            notifications.notify(new Notice(posting.authorId(), PostingsKinds.REVIEWED, text,
                    "/jobs/postings/view.xhtml?id=" + posting.id(), null));
        }
    }

    @Override
    @Transactional
    public void close(long actorId, long postingId) {
        StoredPosting posting = managed(actorId, postingId);
        if (!PostingRules.closable(posting.status())) {
            throw new Rejection("posting", "Only a published or submitted posting can be closed.");
        }
        posting.become(PostingStatus.CLOSED, Instant.now());
    }

    @Override
    public Optional<Posting> find(long viewerId, long postingId) {
        StoredPosting posting = em.find(StoredPosting.class, postingId);
        if (posting == null) {
            return Optional.empty();
        }
        boolean public_ = !posting.hidden() && (posting.status() == PostingStatus.PUBLISHED || posting.status() == PostingStatus.CLOSED);
        if (!public_ && !manages(viewerId, posting)) {
            return Optional.empty();
        }
        return Optional.of(view(posting));
    }

    @Override
    public boolean manages(long actorId, long postingId) {
        StoredPosting posting = em.find(StoredPosting.class, postingId);
        return posting != null && manages(actorId, posting);
    }

    /** Staff manage every posting; an employer's active people manage their organisation's. */
    boolean manages(long actorId, StoredPosting posting) {
        Optional<AccountSummary> actor = accounts.find(actorId).filter(account -> account.status() == AccountStatus.ACTIVE);
        if (actor.isEmpty()) {
            return false;
        }
        if (staff(actor.get())) {
            return true;
        }
        return posting.organisationId() != null && actor.get().holds(Role.EMPLOYER)
                && organisations.ofAccount(actorId).map(OrganisationSummary::id).filter(posting.organisationId()::equals).isPresent();
    }

    /** The posting locked for a change, if the actor manages it; otherwise "not found" whatever the id. */
    private StoredPosting managed(long actorId, long postingId) {
        StoredPosting posting = em.find(StoredPosting.class, postingId, LockModeType.PESSIMISTIC_WRITE);
        if (posting == null || !manages(actorId, posting)) {
            throw new Rejection("posting", NOT_FOUND);
        }
        return posting;
    }

    @Override
    public ResultPage<Posting> search(PostingSearch search, int first, int max) {
        PostingQuery query = PostingQuery.of(search, settings.today());
        // COUNT(*) OVER () gives the total with the page in one pass over the matches; only a page
        // past the end needs the separate count.
        Query page = em.createNativeQuery("SELECT p.id, COUNT(*) OVER () FROM jobs_posting p WHERE " + query.where()
                + " ORDER BY " + query.orderBy() + " LIMIT ? OFFSET ?");
        int position = 1;
        for (Object param : query.params()) {
            page.setParameter(position++, param);
        }
        for (Object param : query.orderParams()) {
            page.setParameter(position++, param);
        }
        page.setParameter(position++, max).setParameter(position, first);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = page.getResultList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (first == 0) {
            total = 0;
        } else {
            Query count = em.createNativeQuery("SELECT COUNT(*) FROM jobs_posting p WHERE " + query.where());
            position = 1;
            for (Object param : query.params()) {
                count.setParameter(position++, param);
            }
            total = ((Number) count.getSingleResult()).longValue();
        }
        return new ResultPage<>(load(rows.stream().map(row -> (Number) row[0]).toList()), total);
    }

    @Override
    public ResultPage<Posting> mine(long actorId, int first, int max) {
        AccountSummary actor = accounts.find(actorId).orElse(null);
        if (actor == null) {
            return new ResultPage<>(List.of(), 0);
        }
        Optional<Long> organisation = actor.holds(Role.EMPLOYER) ? organisations.ofAccount(actorId).map(OrganisationSummary::id) : Optional.empty();
        String where = organisation.isPresent() ? "p.organisationId = :who" : "p.authorId = :who";
        long who = organisation.orElse(actorId);
        List<StoredPosting> rows = em.createQuery("SELECT p FROM StoredPosting p WHERE " + where + " ORDER BY p.id DESC", StoredPosting.class)
                .setParameter("who", who).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM StoredPosting p WHERE " + where, Long.class).setParameter("who", who)
                .getSingleResult();
        return new ResultPage<>(rows.stream().map(this::view).toList(), total);
    }

    @Override
    public ResultPage<Posting> awaitingReview(long staffId, int first, int max) {
        requireStaff(staffId);
        List<PostingStatus> waiting = List.of(PostingStatus.SUBMITTED, PostingStatus.HELD);
        List<StoredPosting> rows = em.createQuery("SELECT p FROM StoredPosting p WHERE p.status IN :waiting ORDER BY p.submittedAt, p.id",
                StoredPosting.class).setParameter("waiting", waiting).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM StoredPosting p WHERE p.status IN :waiting", Long.class)
                .setParameter("waiting", waiting).getSingleResult();
        return new ResultPage<>(rows.stream().map(this::view).toList(), total);
    }

    @Override
    public ResultPage<Posting> openAt(long organisationId, int first, int max) {
        String where = " FROM StoredPosting p WHERE p.organisationId = :organisation AND p.status = :published AND p.hidden = FALSE"
                + " AND p.deadline >= :today";
        List<StoredPosting> rows = em.createQuery("SELECT p" + where + " ORDER BY p.deadline, p.id", StoredPosting.class)
                .setParameter("organisation", organisationId).setParameter("published", PostingStatus.PUBLISHED)
                .setParameter("today", settings.today()).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(p)" + where, Long.class).setParameter("organisation", organisationId)
                .setParameter("published", PostingStatus.PUBLISHED).setParameter("today", settings.today()).getSingleResult();
        return new ResultPage<>(rows.stream().map(this::view).toList(), total);
    }

    @Override
    @Transactional
    public int closeExpired(LocalDate today) {
        return em.createNativeQuery("UPDATE jobs_posting SET status = 'CLOSED', updated_at = ? WHERE status = 'PUBLISHED' AND deadline < ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).setParameter(2, java.sql.Date.valueOf(today)).executeUpdate();
    }

    @Override
    @Transactional
    public void report(long reporterId, long postingId, ReportReason reason, String detail) {
        if (find(reporterId, postingId).isEmpty()) {
            throw new Rejection("reason", "There is no such posting, or you cannot see it.");
        }
        if (reason == null) {
            throw new Rejection("reason", "Choose why you report this posting.");
        }
        String words = detail == null ? "" : detail.strip();
        if (reason == ReportReason.OTHER && words.isEmpty()) {
            throw new Rejection("detail", "Tell the moderators what is wrong with the posting.");
        }
        if (words.length() > DETAIL_MAX) {
            throw new Rejection("detail", "The details can be at most " + DETAIL_MAX + " characters.");
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO jobs_posting_report (posting_id, reporter_id, reason, detail, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)").setParameter(1, postingId).setParameter(2, reporterId).setParameter(3, reason.name())
                .setParameter(4, words).setParameter(5, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        if (added == 0) {
            throw new Rejection("reason", "You have reported this posting already; the moderators will look at it.");
        }
        reported.fire(new JobReported(postingId, reporterId, reason, words));
    }

    @Override
    @Transactional
    public long saveSearch(long accountId, String name, PostingSearch search) {
        String title = name == null ? "" : name.strip();
        if (title.isEmpty()) {
            throw new Rejection("searchName", "Name the search, for example \u201cSummer internships in Boston\u201d.");
        }
        if (title.length() > 80) {
            throw new Rejection("searchName", "The name can be at most 80 characters.");
        }
        String criteria = SavedSearchAlerts.json(search);
        if (criteria.length() > 2000) {
            throw new Rejection("searchName", "This search is too long to keep; shorten its words.");
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM jobs_saved_search WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
        if (count >= SAVED_SEARCHES_MAX) {
            throw new Rejection("searchName", "You can keep " + SAVED_SEARCHES_MAX + " searches; delete one first.");
        }
        em.createNativeQuery("INSERT INTO jobs_saved_search (account_id, name, criteria, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, title).setParameter(3, criteria)
                .setParameter(4, java.sql.Timestamp.from(Instant.now())).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM jobs_saved_search WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
    }

    @Override
    public ResultPage<app.quad.jobs.SavedSearch> savedSearches(long accountId, int first, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, criteria FROM jobs_saved_search WHERE account_id = ? ORDER BY id"
                + " LIMIT ? OFFSET ?").setParameter(1, accountId).setParameter(2, max).setParameter(3, first).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM jobs_saved_search WHERE account_id = ?")
                .setParameter(1, accountId).getSingleResult()).longValue();
        return new ResultPage<>(rows.stream().map(SavedSearchAlerts::saved).toList(), total);
    }

    @Override
    @Transactional
    public void deleteSearch(long accountId, long savedSearchId) {
        em.createNativeQuery("DELETE FROM jobs_saved_search WHERE id = ? AND account_id = ?")
                .setParameter(1, savedSearchId).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public LocalDate today() {
        return settings.today();
    }

    @Override
    @Transactional
    public void bookmark(long accountId, long postingId, boolean keep) {
        if (keep) {
            if (find(accountId, postingId).isEmpty()) {
                throw new Rejection("bookmark", "There is no such posting, or you cannot see it.");
            }
            em.createNativeQuery("INSERT IGNORE INTO jobs_bookmark (account_id, posting_id, created_at) VALUES (?, ?, ?)")
                    .setParameter(1, accountId).setParameter(2, postingId).setParameter(3, java.sql.Timestamp.from(Instant.now()))
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM jobs_bookmark WHERE account_id = ? AND posting_id = ?")
                    .setParameter(1, accountId).setParameter(2, postingId).executeUpdate();
        }
    }

    @Override
    public boolean bookmarked(long accountId, long postingId) {
        return !em.createNativeQuery("SELECT 1 FROM jobs_bookmark WHERE account_id = ? AND posting_id = ?")
                .setParameter(1, accountId).setParameter(2, postingId).getResultList().isEmpty();
    }

    @Override
    public ResultPage<Posting> bookmarks(long accountId, int first, int max) {
        String where = " FROM jobs_bookmark b JOIN jobs_posting p ON p.id = b.posting_id WHERE b.account_id = ? AND p.hidden = FALSE"
                + " AND p.status IN ('PUBLISHED', 'CLOSED')";
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT p.id" + where + " ORDER BY b.created_at DESC, p.id DESC LIMIT ? OFFSET ?")
                .setParameter(1, accountId).setParameter(2, max).setParameter(3, first).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*)" + where).setParameter(1, accountId).getSingleResult()).longValue();
        return new ResultPage<>(load(ids), total);
    }

    /** The postings with these ids, in this order, with their majors read in one query. */
    private List<Posting> load(List<Number> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> keys = ids.stream().map(Number::longValue).toList();
        Map<Long, StoredPosting> rows = new HashMap<>();
        em.createQuery("SELECT p FROM StoredPosting p WHERE p.id IN :ids", StoredPosting.class).setParameter("ids", keys)
                .getResultList().forEach(row -> rows.put(row.id(), row));
        Map<Long, List<String>> majors = majors(keys);
        List<Posting> postings = new ArrayList<>();
        for (Long key : keys) {
            StoredPosting row = rows.get(key);
            if (row != null) {
                postings.add(row.view(majors.getOrDefault(key, List.of())));
            }
        }
        return postings;
    }

    Posting view(StoredPosting posting) {
        return posting.view(majors(List.of(posting.id())).getOrDefault(posting.id(), List.of()));
    }

    private Map<Long, List<String>> majors(List<Long> ids) {
        Map<Long, List<String>> majors = new HashMap<>();
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        Query query = em.createNativeQuery("SELECT posting_id, major FROM jobs_posting_major WHERE posting_id IN (" + in + ") ORDER BY major");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            majors.computeIfAbsent(((Number) row[0]).longValue(), key -> new ArrayList<>()).add((String) row[1]);
        }
        return majors;
    }

    private void writeMajors(long postingId, List<String> majors) {
        em.createNativeQuery("DELETE FROM jobs_posting_major WHERE posting_id = ?").setParameter(1, postingId).executeUpdate();
        for (String major : majors) {
            em.createNativeQuery("INSERT IGNORE INTO jobs_posting_major (posting_id, major) VALUES (?, ?)")
                    .setParameter(1, postingId).setParameter(2, major).executeUpdate();
        }
    }

    private AccountSummary active(long accountId, String field) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new Rejection(field, "Sign in again with an active account."));
    }

    @Override
    public boolean trustsVerifiedEmployers() {
        return settings.trustVerifiedEmployers();
    }

    @Override
    @Transactional
    public void trustVerifiedEmployers(long staffId, boolean trust) {
        requireStaff(staffId);
        settings.trustVerifiedEmployers(trust);
    }

    static boolean staff(AccountSummary account) {
        return account.status() == AccountStatus.ACTIVE && (account.holds(Role.STAFF) || account.holds(Role.ADMIN));
    }

    private void requireStaff(long staffId) {
        if (accounts.find(staffId).filter(JpaPostings::staff).isEmpty()) {
            throw new SecurityException("only active career center staff review postings");
        }
    }
}
