package app.quad.groups.internal;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPostReported;
import app.quad.groups.GroupReported;
import app.quad.groups.PostState;
import app.quad.groups.ReportedInGroup;
import app.quad.platform.ResultPage;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    GroupNotices notices;

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
        if (recordReport(target, post.groupId(), reporterId, reason, words)) {
            postReported.fire(new GroupPostReported(target, post.groupId(), reporterId, reason, words));
            tellManagers(post.groupId(), name -> "A thread in " + name + " was reported: " + post.title(), reporterId);
        }
    }

    @Transactional
    public void reportReply(long reporterId, long replyId, ReportReason reason, String detail) {
        StoredReply reply = em.find(StoredReply.class, replyId);
        if (reply == null || reply.state() != PostState.PUBLISHED || reply.removed()) {
            throw new Rejection("reason", "This reply is no longer there.");
        }
        discussions.published(reporterId, reply.postId());
        if (reply.authorId() == reporterId) {
            throw new Rejection("reason", "You cannot report your own reply.");
        }
        ReportTarget target = new ReportTarget(Discussions.REPLY_KIND, replyId);
        String words = reportDetail(reason, detail);
        if (recordReport(target, reply.groupId(), reporterId, reason, words)) {
            postReported.fire(new GroupPostReported(target, reply.groupId(), reporterId, reason, words));
            tellManagers(reply.groupId(), name -> "A reply in " + name + " was reported.", reporterId);
        }
    }

    @Transactional
    public void reportGroup(long reporterId, long groupId, ReportReason reason, String detail) {
        if (groups.byId(reporterId, groupId).isEmpty()) {
            throw new Rejection("reason", JpaGroups.NOT_FOUND);
        }
        String words = reportDetail(reason, detail);
        if (recordReport(new ReportTarget(GroupReported.KIND, groupId), null, reporterId, reason, words)) {
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

    /**
     * Records the report; false when this person reported it already.
     *
     * @param groupId the group whose managers see the report first, or null for a report about a group itself,
     *                which is for the moderators only
     */
    private boolean recordReport(ReportTarget target, Long groupId, long reporterId, ReportReason reason, String detail) {
        return em.createNativeQuery("INSERT IGNORE INTO groups_report (target_kind, target_id, group_id, reporter_id, reason, detail,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, target.kind()).setParameter(2, target.id()).setParameter(3, groupId).setParameter(4, reporterId)
                .setParameter(5, reason.name()).setParameter(6, detail).setParameter(7, Timestamp.from(Instant.now()))
                .executeUpdate() > 0;
    }

    /** Managers hear of a report without learning who made it. */
    private void tellManagers(long groupId, java.util.function.UnaryOperator<String> text, long reporterId) {
        StoredGroup group = em.find(StoredGroup.class, groupId);
        notices.managers(group, text.apply(group.name()), GroupLinks.manage(group.slug()) + "#reported", reporterId);
    }

    /**
     * Reports of a group's threads and replies that no manager kept, leaving out what moderation removed
     * (a removed reply, or any report on a removed thread): moderation has settled those, and the
     * reports stay only for an appeal.
     */
    private static final String OPEN_REPORTS = " FROM groups_report r"
            + " LEFT JOIN groups_reply y ON r.target_kind = 'groups.reply' AND y.id = r.target_id"
            + " LEFT JOIN groups_post p ON p.id = CASE WHEN r.target_kind = 'groups.post' THEN r.target_id ELSE y.post_id END"
            + " WHERE r.group_id = ? AND r.kept_at IS NULL AND y.removed_at IS NULL AND p.removed_at IS NULL";

    /** Reported threads and replies of a group no manager has kept since; see {@link app.quad.groups.Discussions#reported}. */
    public ResultPage<ReportedInGroup> reported(long managerId, long groupId, int first, int max) {
        requireManager(managerId, groupId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.target_kind, r.target_id, COUNT(*), MAX(r.created_at),"
                        + " GROUP_CONCAT(DISTINCT r.reason ORDER BY r.reason)" + OPEN_REPORTS
                        + " GROUP BY r.target_kind, r.target_id ORDER BY MAX(r.created_at) DESC, r.target_id DESC")
                .setParameter(1, groupId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT r.target_kind, r.target_id)" + OPEN_REPORTS)
                .setParameter(1, groupId).getSingleResult()).longValue();
        List<ReportedInGroup> items = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = (String) row[0];
            long id = ((Number) row[1]).longValue();
            List<ReportReason> reasons = Arrays.stream(((String) row[4]).split(",")).map(ReportReason::valueOf).sorted().toList();
            Instant last = row[3] instanceof Timestamp timestamp ? timestamp.toInstant()
                    : ((java.time.LocalDateTime) row[3]).toInstant(java.time.ZoneOffset.UTC);
            long count = ((Number) row[2]).longValue();
            if (Discussions.POST_KIND.equals(kind)) {
                StoredPost post = em.find(StoredPost.class, id);
                if (post != null) {
                    items.add(new ReportedInGroup(kind, id, id, post.title(), post.body(), notices.nameOf(post.authorId()),
                            count, reasons, last));
                }
            } else {
                StoredReply reply = em.find(StoredReply.class, id);
                StoredPost post = reply == null ? null : em.find(StoredPost.class, reply.postId());
                if (post != null) {
                    items.add(new ReportedInGroup(kind, id, post.id(), post.title(), reply.body(), notices.nameOf(reply.authorId()),
                            count, reasons, last));
                }
            }
        }
        return new ResultPage<>(items, total);
    }

    /** A manager keeps a reported thread or reply: its reports so far leave the managers' list. */
    @Transactional
    public void keep(long managerId, String kind, long id) {
        Long groupId = Discussions.POST_KIND.equals(kind) ? groupOf(em.find(StoredPost.class, id))
                : Discussions.REPLY_KIND.equals(kind) ? groupOfReply(em.find(StoredReply.class, id)) : null;
        if (groupId == null) {
            throw new Rejection("post", "This thread or reply is no longer there.");
        }
        requireManager(managerId, groupId);
        settled(kind, id);
    }

    /** The reports so far leave the managers' list: a manager kept the item, or moderators let it through. */
    void settled(String kind, long id) {
        em.createNativeQuery("UPDATE groups_report SET kept_at = ? WHERE target_kind = ? AND target_id = ? AND kept_at IS NULL")
                .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, kind).setParameter(3, id).executeUpdate();
    }

    private static Long groupOf(StoredPost post) {
        return post == null ? null : post.groupId();
    }

    private static Long groupOfReply(StoredReply reply) {
        return reply == null ? null : reply.groupId();
    }

    private void requireManager(long managerId, long groupId) {
        if (!groups.manages(managerId, groupId)) {
            throw new Rejection("group", "Only the group's managers can do this.");
        }
    }
}
