package app.quad.moderation.internal;

import app.quad.identity.AccountSanctions;
import app.quad.identity.AccountStanding;
import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.identity.AccountSummary;
import app.quad.moderation.Appeal;
import app.quad.moderation.AppealStatus;
import app.quad.moderation.AuthorHistory;
import app.quad.moderation.CaseAction;
import app.quad.moderation.CaseDetails;
import app.quad.moderation.CaseReport;
import app.quad.moderation.CaseStatus;
import app.quad.moderation.CaseSummary;
import app.quad.moderation.KindNames;
import app.quad.moderation.ContentHidden;
import app.quad.moderation.Moderation;
import app.quad.moderation.MyReport;
import app.quad.moderation.QueueOrder;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ContentScreening;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportedItem;
import app.quad.platform.moderation.Screening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaModeration implements Moderation {

    static final int DETAIL_MAX = 1000;
    static final int REASON_MAX = 1000;
    static final int APPEAL_MAX = 2000;
    static final int REPORTS_SHOWN = 100;

    private static final Set<ModerationAction> AGAINST_AUTHOR = Set.of(ModerationAction.WARN, ModerationAction.SUSPEND,
            ModerationAction.BAN, ModerationAction.REQUIRE_REVERIFICATION);

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Inject
    Contents contents;

    @Inject
    Actors actors;

    @Inject
    Accounts accounts;

    @Inject
    AccountSanctions sanctions;

    @Inject
    Audit audit;

    @Inject
    ModerationSettings settings;

    @Inject
    Instance<Notifications> notifications;

    @Inject
    Event<ModerationDecision> decisions;

    @Inject
    Event<ContentHidden> hiddenEvents;

    @Override
    public Optional<ReportedItem> reportable(long viewerId, ReportTarget target) {
        return contents.asSeenBy(target, viewerId);
    }

    @Override
    @Transactional
    public boolean report(long reporterId, ReportTarget target, ReportReason reason, String detail) {
        ReportedItem item = contents.asSeenBy(target, reporterId)
                .orElseThrow(() -> new Rejection("item", "There is nothing to report here, or you cannot see it."));
        if (item.authorId() == reporterId) {
            throw new Rejection("item", "You cannot report your own " + KindNames.of(target.kind()) + ".");
        }
        if (reason == null) {
            throw new Rejection("reason", "Choose why you report it.");
        }
        String text = detail == null ? "" : detail.strip();
        if (text.length() > DETAIL_MAX) {
            throw new Rejection("detail", "Keep it to " + DETAIL_MAX + " characters; you have " + text.length() + ".");
        }
        if (reason == ReportReason.OTHER && text.isEmpty()) {
            throw new Rejection("detail", "Say in a few words what is wrong.");
        }
        return file(reporterId, target, reason, text, item.authorId());
    }

    /** Another module's report of one of its things (such as networking's PostReported), in its transaction. */
    void reported(@Observes ContentReport report) {
        String text = report.detail() == null ? "" : report.detail().strip();
        Long author = contents.forModerator(report.target()).map(ReportedItem::authorId).orElse(0L);
        file(report.reporterId(), report.target(), report.reason() == null ? ReportReason.OTHER : report.reason(),
                text.length() > DETAIL_MAX ? text.substring(0, DETAIL_MAX) : text, author);
    }

    private boolean file(long reporterId, ReportTarget target, ReportReason reason, String detail, long authorId) {
        if (authorId == reporterId) {
            // Through another module's report form, which may not check: one's own reports count for nothing.
            return false;
        }
        Instant now = Instant.now();
        StoredCase found = openCase(target, authorId, now);
        int added = em.createNativeQuery("INSERT IGNORE INTO moderation_report (case_id, reporter_id, reason, detail, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, found.id()).setParameter(2, reporterId).setParameter(3, reason.name()).setParameter(4, detail)
                .setParameter(5, Timestamp.from(now)).executeUpdate();
        if (added == 0) {
            return false;
        }
        int count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM moderation_report WHERE case_id = ? FOR UPDATE")
                .setParameter(1, found.id()).getSingleResult()).intValue();
        found.reported(count, now);
        if (!found.hidden() && count >= settings.limits().hideAfterReports() && !dismissedBefore(target)) {
            // Enough distinct members: out of sight until a moderator decides.
            found.hide();
            decisions.fire(new ModerationDecision(found.id(), target, authorOf(found), ModerationAction.HIDE,
                    count + " members reported it", 0));
            hiddenEvents.fire(new ContentHidden(found.id(), target, count));
            audit.append(null, "CONTENT_HIDDEN", target.kind(), target.id(), count + " members reported it; hidden pending review");
        }
        return true;
    }

    /**
     * Once moderators let an item through, more reports go to the queue without hiding it again, or
     * the same few members could keep it out of sight.
     */
    private boolean dismissedBefore(ReportTarget target) {
        // Cases that reports opened (not a screening hold) and moderators settled in the item's favour.
        return !em.createNativeQuery("SELECT 1 FROM moderation_case WHERE target_kind = ? AND target_id = ? AND report_count > 0"
                        + " AND outcome IN ('DISMISS', 'RESTORE')")
                .setParameter(1, target.kind()).setParameter(2, target.id()).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The item's open case, locked; opened if there is none (two first reports at once open one case).
     * The upsert takes the row's write lock at once: an INSERT IGNORE would take a shared lock, and two
     * reporters upgrading theirs at the same moment would deadlock.
     */
    private StoredCase openCase(ReportTarget target, long authorId, Instant now) {
        String key = StoredCase.openKey(target);
        em.createNativeQuery("INSERT INTO moderation_case (target_kind, target_id, open_key, author_id, status, report_count,"
                        + " hidden, held, created_at, last_report_at) VALUES (?, ?, ?, ?, 'OPEN', 0, FALSE, FALSE, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")
                .setParameter(1, target.kind()).setParameter(2, target.id()).setParameter(3, key)
                .setParameter(4, authorId > 0 ? authorId : null).setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(now))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        // Locking reads: a plain read would see the transaction's snapshot, older than the reports committed meanwhile.
        StoredCase found = em.find(StoredCase.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        return found;
    }

    private static long authorOf(StoredCase found) {
        return found.authorId() == null ? 0 : found.authorId();
    }

    /** A screening rule held an item its owner stored out of sight: a case for moderators, with the signals. */
    @Transactional(Transactional.TxType.MANDATORY)
    void held(ReportTarget target, long authorId, Screening screening) {
        StoredCase found = openCase(target, authorId, Instant.now());
        em.createNativeQuery("UPDATE moderation_case SET held = TRUE, hidden = TRUE, signals = ? WHERE id = ?")
                .setParameter(1, truncate(String.join("\n", screening.signals()), 2000)).setParameter(2, found.id()).executeUpdate();
        audit.append(null, "CONTENT_HELD", target.kind(), target.id(), String.join("; ", screening.signals()));
    }

    @Override
    public ResultPage<MyReport> reportsBy(long reporterId, int first, int max) {
        List<Object[]> rows = em.createQuery("SELECT r, c FROM StoredReport r, StoredCase c WHERE c.id = r.caseId"
                        + " AND r.reporterId = :me ORDER BY r.createdAt DESC, r.id DESC", Object[].class)
                .setParameter("me", reporterId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM StoredReport r WHERE r.reporterId = :me", Long.class)
                .setParameter("me", reporterId).getSingleResult();
        List<MyReport> reports = new ArrayList<>();
        for (Object[] row : rows) {
            StoredReport report = (StoredReport) row[0];
            StoredCase found = (StoredCase) row[1];
            // As the reporter may see it now: they may have left the group, or the item may be gone.
            String title = contents.asSeenBy(found.target(), reporterId).map(ReportedItem::title)
                    .orElse("A " + KindNames.of(found.target().kind()) + " you reported");
            reports.add(new MyReport(found.id(), KindNames.of(found.target().kind()), title, report.reason(), report.createdAt(),
                    found.status() == CaseStatus.OPEN ? "Under review" : outcome(found.outcome())));
        }
        return new ResultPage<>(reports, total);
    }

    /** What a reporter is told, without naming what happened to anyone's account in detail. */
    static String outcome(ModerationAction action) {
        return switch (action) {
            case DISMISS -> "Reviewed: moderators found it within the rules";
            case RESTORE -> "Reviewed again on appeal: moderators put it back";
            case HIDE -> "Under review";
            case REMOVE -> "Removed by moderators";
            case WARN -> "Moderators warned its author";
            case SUSPEND, BAN -> "Moderators suspended its author's account";
            case REQUIRE_REVERIFICATION -> "Moderators asked its author to verify their account again";
        };
    }

    @Override
    public ResultPage<CaseSummary> queue(long moderatorId, CaseStatus status, String kind, ReportReason reason, QueueOrder order,
                                         int first, int max) {
        actors.requireModerator(moderatorId);
        // Cases about a moderator's own things are for the others: the reports name their reporters.
        String where = " FROM StoredCase c WHERE (c.authorId IS NULL OR c.authorId <> :me)" + (status == null ? "" : " AND c.status = :status")
                + (kind == null || kind.isBlank() ? "" : " AND c.targetKind = :kind")
                + (reason == null ? "" : " AND EXISTS (SELECT r.id FROM StoredReport r WHERE r.caseId = c.id AND r.reason = :reason)");
        String sort = order == QueueOrder.MOST_REPORTED ? " ORDER BY c.reportCount DESC, c.lastReportAt DESC, c.id DESC"
                : " ORDER BY c.lastReportAt DESC, c.id DESC";
        TypedQuery<StoredCase> items = em.createQuery("SELECT c" + where + sort, StoredCase.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
        for (TypedQuery<?> query : List.of(items, count)) {
            query.setParameter("me", moderatorId);
            if (status != null) {
                query.setParameter("status", status);
            }
            if (kind != null && !kind.isBlank()) {
                query.setParameter("kind", kind);
            }
            if (reason != null) {
                query.setParameter("reason", reason);
            }
        }
        return new ResultPage<>(items.setFirstResult(first).setMaxResults(max).getResultStream().map(StoredCase::summary).toList(),
                count.getSingleResult());
    }

    @Override
    public Optional<CaseDetails> details(long moderatorId, long caseId) {
        actors.requireModerator(moderatorId);
        StoredCase found = em.find(StoredCase.class, caseId);
        if (found == null || found.authorId() != null && found.authorId() == moderatorId) {
            return Optional.empty();
        }
        ReportedItem item = contents.forModerator(found.target()).orElse(null);
        List<CaseReport> reports = em.createQuery("SELECT r FROM StoredReport r WHERE r.caseId = :case ORDER BY r.createdAt, r.id",
                        StoredReport.class).setParameter("case", caseId).setMaxResults(REPORTS_SHOWN).getResultStream()
                .map(r -> new CaseReport(r.reporterId(), actors.name(r.reporterId()), r.reason(), r.detail(), r.createdAt())).toList();
        List<CaseAction> actions = em.createQuery("SELECT a FROM StoredAction a WHERE a.caseId = :case ORDER BY a.id", StoredAction.class)
                .setParameter("case", caseId).getResultStream()
                .map(a -> new CaseAction(a.action(), a.reason(), a.moderatorId(), actors.name(a.moderatorId()), a.until(), a.at())).toList();
        Appeal appeal = appealOf(caseId).map(StoredAppeal::view).orElse(null);
        return Optional.of(new CaseDetails(found.summary(), item, history(found), reports, actions, appeal, found.signals()));
    }

    private AuthorHistory history(StoredCase found) {
        if (found.authorId() == null) {
            return null;
        }
        long author = found.authorId();
        Optional<AccountSummary> account = accounts.find(author);
        return sanctions.standing(author).map(standing -> new AuthorHistory(author,
                account.map(AccountSummary::displayName).orElse("A former member"), standing.status(), standing.createdAt(),
                standing.verified(), standing.suspendedUntil(),
                em.createQuery("SELECT COUNT(c) FROM StoredCase c WHERE c.authorId = :author AND c.id <> :case", Long.class)
                        .setParameter("author", author).setParameter("case", found.id()).getSingleResult(),
                em.createQuery("SELECT COUNT(a) FROM StoredAction a, StoredCase c WHERE a.caseId = c.id AND c.authorId = :author"
                                + " AND c.id <> :case AND a.action IN :against", Long.class)
                        .setParameter("author", author).setParameter("case", found.id()).setParameter("against", AGAINST_AUTHOR)
                        .getSingleResult()))
                .orElse(null);
    }

    @Override
    @Transactional
    public void decide(long moderatorId, long caseId, ModerationAction action, String reason, Instant until) {
        actors.requireModerator(moderatorId);
        if (action == null || action == ModerationAction.HIDE || action == ModerationAction.RESTORE) {
            throw new Rejection("action", "Choose what to do.");
        }
        String why = required("reason", reason, REASON_MAX);
        StoredCase found = em.find(StoredCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (found == null) {
            throw new Rejection("action", "There is no such case.");
        }
        ReportTarget target = found.target();
        Long author = found.authorId();
        if (AGAINST_AUTHOR.contains(action) && author == null) {
            throw new Rejection("action", "Nobody is known to answer for this item, so only dismissing or removing it is possible.");
        }
        if (author != null && author == moderatorId) {
            throw new Rejection("action", "Another moderator must decide about your own " + KindNames.of(target.kind()) + ".");
        }
        if (action == ModerationAction.REMOVE && !contents.removable(target.kind())) {
            throw new Rejection("action", "A " + KindNames.of(target.kind()) + " is not removed: warn its author, suspend or ban the"
                    + " account, or ask for verification again.");
        }
        if (action == ModerationAction.DISMISS && found.status() == CaseStatus.CLOSED) {
            // Undoing a decision is the appeal's, answered by another moderator.
            throw new Rejection("action", "This case is decided; a decision is undone only by granting the author's appeal.");
        }
        if (appealOf(caseId).isPresent()) {
            // The appeal's answer settles the case; acting again would go round it.
            throw new Rejection("action", "The author has appealed; the moderator who answers the appeal settles this case.");
        }
        String label = KindNames.of(target.kind());
        switch (action) {
            case SUSPEND -> {
                if (until == null || !until.isAfter(Instant.now())) {
                    throw new Rejection("until", "Choose when the suspension ends.");
                }
                sanctions.suspend(moderatorId, author, until, why);
            }
            case BAN -> sanctions.suspend(moderatorId, author, null, why);
            case REQUIRE_REVERIFICATION -> sanctions.requireReverification(moderatorId, author, why);
            case WARN -> tell(author, "Moderators warned you about your " + label + ": " + why);
            case REMOVE -> {
                if (author != null) {
                    tell(author, "Moderators removed your " + label + ": " + why);
                }
            }
            default -> {
            }
        }
        decisions.fire(new ModerationDecision(caseId, target, author == null ? 0 : author, action, why, moderatorId));
        Instant now = Instant.now();
        em.persist(new StoredAction(caseId, action, why, moderatorId, action == ModerationAction.SUSPEND ? until : null, now));
        boolean wasOpen = found.status() == CaseStatus.OPEN;
        boolean wasHidden = found.hidden();
        // A thing that cannot be removed (a profile) is settled by any decision; otherwise only dismissing or removing settles it.
        found.close(action, now, !contents.removable(target.kind()));
        if (wasHidden && !found.hidden() && AGAINST_AUTHOR.contains(action)) {
            // Settled by acting on its author: its owner shows it again (the account's standing does the rest).
            decisions.fire(new ModerationDecision(caseId, target, author == null ? 0 : author, ModerationAction.DISMISS, why, moderatorId));
        }
        if (wasOpen && found.status() == CaseStatus.CLOSED) {
            tellReporters(found, outcome(action));
        }
        audit.append(moderatorId, "CASE_" + action.name(), target.kind(), target.id(),
                "case " + caseId + (action == ModerationAction.SUSPEND ? " until " + until : "") + ": " + why);
    }

    private void tell(long accountId, String text) {
        notify(new Notice(accountId, ModerationKinds.DECISION, text, "/moderation/appeals/mine.xhtml"));
    }

    private void tellReporters(StoredCase found, String outcome) {
        List<Long> reporters = em.createQuery("SELECT r.reporterId FROM StoredReport r WHERE r.caseId = :case", Long.class)
                .setParameter("case", found.id()).getResultList();
        for (long reporter : reporters) {
            notify(new Notice(reporter, ModerationKinds.OUTCOME, "Your report of a " + KindNames.of(found.target().kind()) + ": "
                    + outcome + ".", "/moderation/reports/mine.xhtml"));
        }
    }

    private void notify(Notice notice) {
        // Without the notification centre in the WAR, people find outcomes on their pages only.
        if (notifications.isResolvable()) {
            notifications.get().notify(notice);
        }
    }

    @Override
    @Transactional
    public long appeal(long authorId, long caseId, String text) {
        String words = required("text", text, APPEAL_MAX);
        StoredCase found = em.find(StoredCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (found == null || found.authorId() == null || found.authorId() != authorId || found.status() != CaseStatus.CLOSED
                || found.outcome() == ModerationAction.DISMISS || found.outcome() == ModerationAction.RESTORE) {
            throw new Rejection("appeal", "There is no decision about something of yours to appeal here.");
        }
        if (appealOf(caseId).isPresent()) {
            throw new Rejection("appeal", "You have appealed this decision already; each decision can be appealed once.");
        }
        StoredAppeal appeal = new StoredAppeal(caseId, authorId, words, Instant.now());
        em.persist(appeal);
        em.flush();
        // The words stay in the appeal, which an erasure deletes; the append-only audit keeps only the fact.
        audit.append(authorId, "APPEAL_FILED", found.target().kind(), found.target().id(), "case " + caseId);
        return appeal.id();
    }

    private Optional<StoredAppeal> appealOf(long caseId) {
        return em.createQuery("SELECT a FROM StoredAppeal a WHERE a.caseId = :case", StoredAppeal.class)
                .setParameter("case", caseId).getResultStream().findFirst();
    }

    @Override
    public ResultPage<CaseSummary> decidedAgainst(long authorId, int first, int max) {
        String where = " FROM StoredCase c WHERE c.authorId = :author AND c.status = :closed AND c.outcome NOT IN :favourable";
        Set<ModerationAction> favourable = Set.of(ModerationAction.DISMISS, ModerationAction.RESTORE);
        return new ResultPage<>(em.createQuery("SELECT c" + where + " ORDER BY c.id DESC", StoredCase.class)
                .setParameter("author", authorId).setParameter("closed", CaseStatus.CLOSED).setParameter("favourable", favourable)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(StoredCase::summary).toList(),
                em.createQuery("SELECT COUNT(c)" + where, Long.class).setParameter("author", authorId)
                        .setParameter("closed", CaseStatus.CLOSED).setParameter("favourable", favourable).getSingleResult());
    }

    @Override
    public Optional<Appeal> appealOf(long authorId, long caseId) {
        return appealOf(caseId).filter(appeal -> appeal.authorId() == authorId).map(StoredAppeal::view);
    }

    @Override
    public ResultPage<Appeal> appeals(long moderatorId, int first, int max) {
        actors.requireModerator(moderatorId);
        // An appeal goes to someone else: a moderator who acted on the case never sees it here.
        String where = " FROM StoredAppeal a WHERE a.status = :open AND a.authorId <> :me AND NOT EXISTS (SELECT x.id FROM StoredAction x"
                + " WHERE x.caseId = a.caseId AND x.moderatorId = :me)";
        return new ResultPage<>(em.createQuery("SELECT a" + where + " ORDER BY a.createdAt, a.id", StoredAppeal.class)
                .setParameter("open", AppealStatus.OPEN).setParameter("me", moderatorId)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(StoredAppeal::view).toList(),
                em.createQuery("SELECT COUNT(a)" + where, Long.class).setParameter("open", AppealStatus.OPEN).setParameter("me", moderatorId)
                        .getSingleResult());
    }

    @Override
    @Transactional
    public void answer(long moderatorId, long appealId, boolean reverse, String answer) {
        actors.requireModerator(moderatorId);
        String why = required("answer", answer, REASON_MAX);
        StoredAppeal appeal = em.find(StoredAppeal.class, appealId, LockModeType.PESSIMISTIC_WRITE);
        if (appeal == null || appeal.status() != AppealStatus.OPEN) {
            throw new Rejection("appeal", "This appeal has been answered already.");
        }
        boolean acted = !em.createQuery("SELECT x.id FROM StoredAction x WHERE x.caseId = :case AND x.moderatorId = :me", Long.class)
                .setParameter("case", appeal.caseId()).setParameter("me", moderatorId).setMaxResults(1).getResultList().isEmpty();
        if (acted || appeal.authorId() == moderatorId) {
            throw new Rejection("appeal", "A moderator who did not act on the case answers its appeal.");
        }
        StoredCase found = em.find(StoredCase.class, appeal.caseId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        appeal.answer(moderatorId, reverse, why, now);
        if (reverse) {
            if (suspensionInForceFrom(found.id(), appeal.authorId())) {
                sanctions.lift(moderatorId, appeal.authorId(), "Appeal granted: " + why);
            }
            // RESTORE undoes this case's removal, unless another case removed the item too. Without one the item was in
            // sight when the case closed, and anything hiding it now is a newer case's: only the decision about the author
            // is undone.
            ModerationAction undo = removedOnlyIn(found) ? ModerationAction.RESTORE : ModerationAction.DISMISS;
            if (undo == ModerationAction.RESTORE) {
                decisions.fire(new ModerationDecision(found.id(), found.target(), appeal.authorId(), undo, "Appeal granted: " + why,
                        moderatorId));
            }
            em.persist(new StoredAction(found.id(), undo, "Appeal granted: " + why, moderatorId, null, now));
            found.close(undo, now, true);
        }
        notify(new Notice(appeal.authorId(), ModerationKinds.APPEAL, reverse ? "Your appeal was granted: " + why
                : "Your appeal was turned down: " + why, "/moderation/appeals/mine.xhtml"));
        audit.append(moderatorId, reverse ? "APPEAL_GRANTED" : "APPEAL_UPHELD", found.target().kind(), found.target().id(),
                "case " + found.id() + ": " + why);
    }

    /** Whether this case removed the item and no other case's removal of it still stands (that one has its own appeal). */
    private boolean removedOnlyIn(StoredCase found) {
        List<Long> removing = em.createQuery("SELECT DISTINCT c.id FROM StoredAction a, StoredCase c WHERE a.caseId = c.id"
                        + " AND c.targetKind = :kind AND c.targetId = :id AND a.action = :remove"
                        + " AND (c.outcome IS NULL OR c.outcome NOT IN :undone)", Long.class)
                .setParameter("kind", found.target().kind()).setParameter("id", found.target().id())
                .setParameter("remove", ModerationAction.REMOVE)
                // A decided case is never dismissed, so a removing case ending in either was overturned on appeal.
                .setParameter("undone", Set.of(ModerationAction.DISMISS, ModerationAction.RESTORE)).getResultList();
        return removing.equals(List.of(found.id()));
    }

    /**
     * Whether the author's suspension in force is this case's: its latest suspension or ban is the
     * latest against the author (a suspension is only ever made longer, so the latest is in force)
     * and identity's end matches it. A granted appeal must not lift what another case or an
     * administrator decided.
     */
    private boolean suspensionInForceFrom(long caseId, long authorId) {
        AccountStanding standing = sanctions.standing(authorId).orElse(null);
        if (standing == null || standing.status() != AccountStatus.SUSPENDED) {
            return false;
        }
        StoredAction latest = em.createQuery("SELECT a FROM StoredAction a, StoredCase c WHERE a.caseId = c.id AND c.authorId = :author"
                        + " AND a.action IN :sanctions ORDER BY a.id DESC", StoredAction.class)
                .setParameter("author", authorId).setParameter("sanctions", Set.of(ModerationAction.SUSPEND, ModerationAction.BAN))
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (latest == null || latest.caseId() != caseId) {
            return false;
        }
        Instant until = standing.suspendedUntil();
        return latest.until() == null ? until == null
                : until != null && Math.abs(Duration.between(latest.until(), until).toMillis()) < 1000;
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new Rejection(field, field.equals("text") ? "Say why the decision was wrong." : "Give a reason; it is kept in the audit log.");
        }
        if (text.length() > max) {
            throw new Rejection(field, "Keep it to " + max + " characters; you have " + text.length() + ".");
        }
        return text;
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
