package app.quad.jobs;

import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ReportReason;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Job postings. People of verified employer organisations and career center staff write them;
 * staff approve or reject submitted ones (unless {@code quad.jobs.trust-verified-employers} lets
 * verified employers publish at once); students find published ones until their deadline.
 * Refusals are {@link app.quad.platform.Rejection}s naming the field; a posting the actor may not
 * see or change is refused as "not found", whatever the id.
 */
public interface Postings {

    /** Saves a new draft for the author's organisation (or for the campus, by staff). */
    long create(long authorId, PostingDraft draft);

    /** Changes a draft or a rejected posting; only its organisation's people and staff may. */
    void update(long actorId, long postingId, PostingDraft draft);

    /**
     * Sends the posting for approval, after screening; staff's own postings, and verified
     * employers' when trusted, are published at once.
     *
     * @return the status it now has (SUBMITTED, HELD or PUBLISHED)
     */
    PostingStatus submit(long actorId, long postingId);

    void approve(long staffId, long postingId);

    /** @throws app.quad.platform.Rejection (field {@code reason}) without a reason; it is shown to the employer */
    void reject(long staffId, long postingId, String reason);

    /** Its people (or staff) close a published posting before its deadline. */
    void close(long actorId, long postingId);

    /**
     * The posting if the viewer may see it: published and visible for anyone signed in; any state
     * for its organisation's people and staff.
     */
    Optional<Posting> find(long viewerId, long postingId);

    /** Whether the actor may change the posting and see its applicants. */
    boolean manages(long actorId, long postingId);

    /** Published postings whose deadline has not passed, searched, filtered and sorted. */
    ResultPage<Posting> search(PostingSearch search, int first, int max);

    /** The actor's organisation's postings (staff: those they wrote), newest first. */
    ResultPage<Posting> mine(long actorId, int first, int max);

    /** Submitted and held postings, oldest first. @throws SecurityException unless staff */
    ResultPage<Posting> awaitingReview(long staffId, int first, int max);

    /** An organisation's open postings, soonest deadline first, for its page. */
    ResultPage<Posting> openAt(long organisationId, int first, int max);

    /**
     * Closes published postings whose deadline is before {@code today}; run on a timer, callable by tests.
     *
     * @return how many it closed
     */
    int closeExpired(LocalDate today);

    /** A member reports a posting they can see, once; fires {@link JobReported}. */
    void report(long reporterId, long postingId, ReportReason reason, String detail);

    /** Today on the campus calendar ({@code quad.campus-zone}), which deadlines are counted in. */
    LocalDate today();

    void bookmark(long accountId, long postingId, boolean keep);

    boolean bookmarked(long accountId, long postingId);

    /**
     * Keeps a search under a name; each posting published later that matches it is a notice to the
     * member ({@code jobs.saved-search}). At most {@value #SAVED_SEARCHES_MAX} per member.
     */
    long saveSearch(long accountId, String name, PostingSearch search);

    ResultPage<SavedSearch> savedSearches(long accountId, int first, int max);

    void deleteSearch(long accountId, long savedSearchId);

    int SAVED_SEARCHES_MAX = 10;

    /** The member's bookmarked postings they may still see, newest bookmark first. */
    ResultPage<Posting> bookmarks(long accountId, int first, int max);

    /** Whether verified employers' postings are published without staff review. */
    boolean trustsVerifiedEmployers();

    /**
     * Staff decide whether verified employers' postings are published without their review (true) or
     * wait for approval like everyone else's (false). Postings already waiting stay waiting.
     *
     * @throws SecurityException when the actor is not active staff
     */
    void trustVerifiedEmployers(long staffId, boolean trust);
}
