package app.quad.groups.internal;

import app.quad.groups.Discussions;
import app.quad.groups.GroupReported;
import app.quad.groups.PostState;
import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Carries out moderation's decisions about groups' things, in moderation's transaction: HIDE keeps
 * a thread, reply or group out of sight, DISMISS shows it again unless it was removed (a thread held
 * by screening is then published as if new), REMOVE takes it out of sight for everyone, its author
 * and members included. A removal is kept, not deleted, because RESTORE comes when an author's appeal
 * against it is granted: it then brings the item back with what was on it (a thread's replies and
 * reactions, a group's members and threads). Other actions concern the author, not the item, and change nothing here.
 */
@ApplicationScoped
class GroupModeration {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaDiscussions discussions;

    @Inject
    GroupReports reports;

    @Transactional(Transactional.TxType.MANDATORY)
    void decided(@Observes ModerationDecision decision) {
        long id = decision.target().id();
        switch (decision.target().kind()) {
            case Discussions.POST_KIND -> thread(id, decision);
            case Discussions.REPLY_KIND -> reply(id, decision);
            case GroupReported.KIND -> group(id, decision);
            default -> {
            }
        }
    }

    private void thread(long id, ModerationDecision decision) {
        StoredPost post = em.find(StoredPost.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (post == null) {
            return;
        }
        switch (decision.action()) {
            case HIDE -> {
                if (post.state() == PostState.PUBLISHED) {
                    post.state(PostState.HIDDEN);
                }
            }
            case DISMISS, RESTORE -> {
                if (post.removed() && decision.action() == ModerationAction.DISMISS) {
                    return;
                }
                reports.settled(Discussions.POST_KIND, id);
                post.removed(null);
                if (post.state() == PostState.HIDDEN) {
                    post.state(PostState.PUBLISHED);
                } else if (post.state() == PostState.HELD) {
                    post.publish(Instant.now());
                    discussions.announce(em.find(StoredGroup.class, post.groupId()), post);
                }
            }
            case REMOVE -> {
                if (!post.removed()) {
                    post.removed(Instant.now());
                }
            }
            default -> {
            }
        }
    }

    private void reply(long id, ModerationDecision decision) {
        StoredReply reply = em.find(StoredReply.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reply == null) {
            return;
        }
        switch (decision.action()) {
            case HIDE -> reply.state(PostState.HIDDEN);
            case DISMISS, RESTORE -> {
                if (reply.removed() && decision.action() == ModerationAction.DISMISS) {
                    return;
                }
                reports.settled(Discussions.REPLY_KIND, id);
                if (reply.state() == PostState.HELD) {
                    StoredPost post = em.find(StoredPost.class, reply.postId(), LockModeType.PESSIMISTIC_WRITE);
                    if (post != null) {
                        post.replied(Instant.now());
                    }
                } else if (reply.removed()) {
                    // Counted again, but not as new activity: the thread keeps its place in the list.
                    em.createNativeQuery("UPDATE groups_post SET reply_count = reply_count + 1 WHERE id = ?")
                            .setParameter(1, reply.postId()).executeUpdate();
                }
                reply.removed(null);
                reply.state(PostState.PUBLISHED);
            }
            case REMOVE -> {
                if (!reply.removed()) {
                    // A held reply was never counted on its thread.
                    if (reply.state() != PostState.HELD) {
                        em.createNativeQuery("UPDATE groups_post SET reply_count = reply_count - 1 WHERE id = ? AND reply_count > 0")
                                .setParameter(1, reply.postId()).executeUpdate();
                    }
                    reply.removed(Instant.now());
                }
            }
            default -> {
            }
        }
    }

    private void group(long id, ModerationDecision decision) {
        StoredGroup group = em.find(StoredGroup.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            return;
        }
        switch (decision.action()) {
            case HIDE -> group.hidden(true);
            case DISMISS -> group.hidden(false);
            case RESTORE -> {
                group.hidden(false);
                group.removed(null);
            }
            case REMOVE -> {
                if (!group.removed()) {
                    group.removed(Instant.now());
                }
            }
            default -> {
            }
        }
    }
}
