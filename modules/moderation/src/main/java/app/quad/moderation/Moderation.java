package app.quad.moderation;

import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportedItem;

import java.time.Instant;
import java.util.Optional;

/**
 * Reports, the review queue and decisions. Reports of one item are grouped into one open case; when
 * {@code quad.moderation.hide-after-reports} distinct members have reported it, the item is hidden
 * pending review. Decisions are carried out by the owning module, which observes the
 * {@link app.quad.platform.moderation.ModerationDecision} fired here, and by identity's
 * {@link app.quad.identity.AccountSanctions} for the author. Every action is audited.
 */
public interface Moderation {

    /** The item as the member may see it (and so report it); empty when it does not exist for them. */
    Optional<ReportedItem> reportable(long viewerId, ReportTarget target);

    /**
     * Reports an item the member can see; a second report by the same member changes nothing.
     *
     * @return whether this was the member's first report of the item
     * @throws Rejection field {@code item} for an item they cannot see or their own, {@code reason}
     *                   without a reason, {@code detail} when too long or missing for OTHER
     */
    boolean report(long reporterId, ReportTarget target, ReportReason reason, String detail);

    /** The member's reports with their outcome, newest first. */
    ResultPage<MyReport> reportsBy(long reporterId, int first, int max);

    /**
     * Cases for moderators.
     *
     * @param status null for any
     * @param kind   a kind such as {@code networking.post}, or null for any
     * @param reason only cases with at least one report for this reason, or null
     * @throws SecurityException unless the viewer moderates
     */
    ResultPage<CaseSummary> queue(long moderatorId, CaseStatus status, String kind, ReportReason reason, QueueOrder order,
                                  int first, int max);

    /** @throws SecurityException unless the viewer moderates */
    Optional<CaseDetails> details(long moderatorId, long caseId);

    /**
     * Acts on a case with a reason. DISMISS and REMOVE close it and tell its reporters; WARN, SUSPEND,
     * BAN and REQUIRE_REVERIFICATION act on the author and close it too (the item stays as it was; an
     * item hidden pending review keeps the case open until REMOVE or DISMISS settles it, except a
     * profile, which any decision settles). On a closed case, actions on the author and REMOVE may
     * follow until the author appeals; DISMISS may not, as only a granted appeal undoes a decision.
     *
     * @param until the end of a SUSPEND, else ignored
     * @throws Rejection field {@code reason} without a reason, {@code until} for a SUSPEND without a
     *                   future end, {@code action} for an author action on an item without an author,
     *                   HIDE or RESTORE, REMOVE of a profile, DISMISS of a decided case, or any action
     *                   once the author has appealed
     * @throws SecurityException unless the actor moderates
     */
    void decide(long moderatorId, long caseId, ModerationAction action, String reason, Instant until);

    /**
     * The author appeals a case's decision, once.
     *
     * @throws Rejection field {@code text} when empty or too long, {@code appeal} when the case is
     *                   not theirs, not decided against them, or already appealed
     */
    long appeal(long authorId, long caseId, String text);

    /** The cases decided against the author, which they may appeal, newest first. */
    ResultPage<CaseSummary> decidedAgainst(long authorId, int first, int max);

    /** The author's appeal of the case, if they made one. */
    Optional<Appeal> appealOf(long authorId, long caseId);

    /** Open appeals the moderator may answer: those of cases they did not act on, oldest first. */
    ResultPage<Appeal> appeals(long moderatorId, int first, int max);

    /**
     * Answers an appeal. Granting it puts back what the case removed (RESTORE) and lifts the
     * suspension the case imposed, if it is still the one in force.
     *
     * @throws Rejection field {@code appeal} when the moderator acted on the case, or it is answered
     */
    void answer(long moderatorId, long appealId, boolean reverse, String answer);
}
