package app.quad.groups.internal;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPostReported;
import app.quad.groups.GroupReported;
import app.quad.groups.PostState;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;

/** Reports of threads, replies and groups: recorded once per reporter, announced to moderation. */
@ApplicationScoped
class GroupReports {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaDiscussions discussions;

    @Inject
    JpaGroups groups;

    @Inject
    Event<GroupPostReported> postReported;

    @Inject
    Event<GroupReported> groupReported;

    @Transactional
    public void reportPost(long reporterId, long postId, ReportReason reason, String detail) {
        StoredPost post = discussions.published(reporterId, postId);
        if (post.authorId() == reporterId) {
            throw new Rejection("reason", "You cannot report your own thread; delete it instead.");
        }
        ReportTarget target = new ReportTarget(Discussions.POST_KIND, postId);
        String words = reportDetail(reason, detail);
        if (recordReport(target, reporterId, reason, words)) {
            postReported.fire(new GroupPostReported(target, post.groupId(), reporterId, reason, words));
        }
    }

    @Transactional
    public void reportReply(long reporterId, long replyId, ReportReason reason, String detail) {
        StoredReply reply = em.find(StoredReply.class, replyId);
        if (reply == null || reply.state() != PostState.PUBLISHED) {
            throw new Rejection("reason", "This reply is no longer there.");
        }
        discussions.published(reporterId, reply.postId());
        if (reply.authorId() == reporterId) {
            throw new Rejection("reason", "You cannot report your own reply.");
        }
        ReportTarget target = new ReportTarget(Discussions.REPLY_KIND, replyId);
        String words = reportDetail(reason, detail);
        if (recordReport(target, reporterId, reason, words)) {
            postReported.fire(new GroupPostReported(target, reply.groupId(), reporterId, reason, words));
        }
    }

    @Transactional
    public void reportGroup(long reporterId, long groupId, ReportReason reason, String detail) {
        if (groups.byId(reporterId, groupId).isEmpty()) {
            throw new Rejection("reason", JpaGroups.NOT_FOUND);
        }
        String words = reportDetail(reason, detail);
        if (recordReport(new ReportTarget(GroupReported.KIND, groupId), reporterId, reason, words)) {
            groupReported.fire(new GroupReported(groupId, reporterId, reason, words));
        }
    }

    private static String reportDetail(ReportReason reason, String detail) {
        if (reason == null) {
            throw new Rejection("reason", "Choose what is wrong.");
        }
        String words = detail == null ? "" : detail.strip();
        if (reason == ReportReason.OTHER && words.isEmpty()) {
            throw new Rejection("detail", "Say in a few words what is wrong.");
        }
        if (words.length() > 1000) {
            throw new Rejection("detail", "Keep it to 1,000 characters (it has " + String.format("%,d", words.length()) + ").");
        }
        return words;
    }

    /** Records the report; false when this person reported it already. */
    private boolean recordReport(ReportTarget target, long reporterId, ReportReason reason, String detail) {
        return em.createNativeQuery("INSERT IGNORE INTO groups_report (target_kind, target_id, reporter_id, reason, detail, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, target.kind()).setParameter(2, target.id()).setParameter(3, reporterId).setParameter(4, reason.name())
                .setParameter(5, detail).setParameter(6, Timestamp.from(Instant.now())).executeUpdate() > 0;
    }
}
