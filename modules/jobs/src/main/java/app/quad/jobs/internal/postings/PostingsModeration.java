package app.quad.jobs.internal.postings;

import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.jobs.JobReported;
import app.quad.jobs.PostingStatus;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Postings as moderation sees them (kind {@code jobs.posting}), and moderators' decisions carried
 * out: HIDE takes a posting out of sight; DISMISS shows it again, or sends a held posting on to the
 * career center's approval; REMOVE takes it down, remembering its status, and a later DISMISS leaves
 * it down. RESTORE (the author's appeal was granted) gives the posting back its status, as
 * {@link PostingRules#restored} adjusts it for what happened meanwhile. Applications, bookmarks and alerts already sent are not
 * touched by either: a removed posting is simply not open, and alerts are not sent again on its return.
 */
@ApplicationScoped
class PostingsModeration implements ReportableContent {

    private static final int TEXT_MAX = 2000;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    JpaPostings postings;

    @Inject
    PostingSettings settings;

    @Inject
    Organisations organisations;

    @Inject
    Accounts accounts;

    @Override
    public boolean handles(String kind) {
        return JobReported.KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        return postings.find(viewerId, id).filter(posting -> !posting.hidden())
                .flatMap(posting -> find(id));
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        StoredPosting posting = em.find(StoredPosting.class, id);
        if (posting == null) {
            return Optional.empty();
        }
        String text = posting.descriptionText();
        boolean hidden = posting.hidden() || posting.status() == PostingStatus.HELD || posting.status() == PostingStatus.REMOVED;
        return Optional.of(new ReportedItem(new app.quad.platform.moderation.ReportTarget(JobReported.KIND, id),
                posting.authorId() == null ? 0 : posting.authorId(), posting.title() + " (" + posting.organisationName() + ")",
                text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) + "\u2026" : text,
                "/jobs/postings/view.xhtml?id=" + id, posting.createdAt(), hidden));
    }

    /** Its author's account is active and its organisation verified (the campus's own postings have none). */
    private boolean mayPublish(StoredPosting posting) {
        boolean authorActive = posting.authorId() == null
                || accounts.find(posting.authorId()).map(account -> account.status() == AccountStatus.ACTIVE).orElse(false);
        return authorActive && (posting.organisationId() == null
                || organisations.find(posting.organisationId()).map(OrganisationSummary::verified).orElse(false));
    }

    /** In moderation's transaction, so the decision and its effect commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    void decided(@Observes ModerationDecision decision) {
        if (!handles(decision.target().kind())) {
            return;
        }
        StoredPosting posting = em.find(StoredPosting.class, decision.target().id(), LockModeType.PESSIMISTIC_WRITE);
        if (posting == null) {
            return;
        }
        Instant now = Instant.now();
        switch (decision.action()) {
            case HIDE -> posting.hide(true);
            case DISMISS, RESTORE -> {
                if (posting.status() == PostingStatus.REMOVED) {
                    if (decision.action() == ModerationAction.DISMISS) {
                        // Reports rejected in a later case: the removal stands; only a granted appeal undoes it.
                        return;
                    }
                    posting.restore(PostingRules.restored(posting.statusBeforeRemoval(), posting.everPublished(), posting.deadline(),
                            settings.today(), mayPublish(posting)), now);
                }
                posting.hide(false);
                if (posting.status() == PostingStatus.HELD) {
                    // Screening's worry is answered; the career center still approves it as usual.
                    posting.become(PostingStatus.SUBMITTED, now);
                }
            }
            case REMOVE -> posting.remove(now);
            default -> {
                // Warnings and suspensions concern the author; suspension closes their postings (PostingsLifecycle).
            }
        }
    }
}
