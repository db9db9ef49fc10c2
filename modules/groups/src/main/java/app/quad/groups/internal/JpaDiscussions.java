package app.quad.groups.internal;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPost;
import app.quad.groups.GroupPostPublished;
import app.quad.groups.GroupReply;
import app.quad.groups.GroupRole;
import app.quad.groups.MembershipStatus;
import app.quad.groups.PostState;
import app.quad.groups.ReportedInGroup;
import app.quad.groups.ThreadCursor;
import app.quad.groups.ThreadList;
import app.quad.identity.AccountStatus;
import app.quad.identity.Accounts;
import app.quad.networking.Reaction;
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
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
class JpaDiscussions implements Discussions {

    static final String NOT_FOUND = "This thread is no longer there, or you cannot see it.";

    /** Pinned threads a group may have at once: a few notices, not a second list. */
    static final int PINNED_MAX = 5;

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    JpaGroups groups;

    @Inject
    GroupNotices notices;

    @Inject
    GroupDeletion deletion;

    @Inject
    Instance<ContentScreening> screening;

    @Inject
    Event<GroupPostPublished> published;

    @Inject
    GroupReports reports;

    @Override
    @Transactional
    public long start(long authorId, long groupId, String title, String body) {
        String heading = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        check("title", GroupRules.textProblem("The title", heading, TITLE_MAX, true));
        String text = clean(body);
        check("body", GroupRules.textProblem("The post", text, BODY_MAX, true));
        StoredGroup group = em.find(StoredGroup.class, groupId);
        StoredMembership member = writer(authorId, group, "body");
        rateLimit(authorId, "body");
        Screening verdict = screen(POST_KIND, authorId, heading + "\n\n" + text, groupId, "body");
        boolean waits = group.approveFirstPosts() && member.role() == GroupRole.MEMBER && !member.trusted();
        PostState state = verdict.verdict() == Screening.Verdict.HOLD ? PostState.HELD : waits ? PostState.PENDING : PostState.PUBLISHED;
        StoredPost post = new StoredPost(groupId, authorId, heading, text, state, Instant.now());
        em.persist(post);
        em.flush();
        switch (state) {
            case HELD -> screening.get().held(new ReportTarget(POST_KIND, post.id()), authorId, verdict);
            case PENDING -> notices.managers(group, notices.nameOf(authorId) + "'s first post in " + group.name()
                    + " waits for your approval.", GroupLinks.manage(group.slug()), authorId);
            default -> announce(group, post);
        }
        return post.id();
    }

    /** A thread became visible: the event, mentions, and members who asked to hear of new threads. */
    void announce(StoredGroup group, StoredPost post) {
        published.fire(new GroupPostPublished(post.id(), group.id(), post.authorId()));
        Set<Long> told = notices.mentions(group, post.authorId(), post.title() + "\n" + post.body(), "a thread",
                GroupLinks.post(post.id()));
        notices.newThread(group, post, told);
    }

    @Override
    @Transactional
    public long reply(long authorId, long postId, String body) {
        String text = clean(body);
        check("reply", GroupRules.textProblem("The reply", text, BODY_MAX, true));
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(authorId, post) || post.state() != PostState.PUBLISHED) {
            throw new Rejection("post", NOT_FOUND);
        }
        StoredGroup group = em.find(StoredGroup.class, post.groupId());
        writer(authorId, group, "reply");
        em.refresh(post, LockModeType.PESSIMISTIC_WRITE);
        if (post.locked()) {
            throw new Rejection("reply", "This thread is locked: the group's managers closed it to new replies.");
        }
        rateLimit(authorId, "reply");
        Screening verdict = screen(REPLY_KIND, authorId, text, group.id(), "reply");
        boolean held = verdict.verdict() == Screening.Verdict.HOLD;
        Instant now = Instant.now();
        StoredReply reply = new StoredReply(postId, group.id(), authorId, text, held ? PostState.HELD : PostState.PUBLISHED, now);
        em.persist(reply);
        em.flush();
        if (held) {
            screening.get().held(new ReportTarget(REPLY_KIND, reply.id()), authorId, verdict);
        } else {
            post.replied(now);
            Set<Long> told = notices.mentions(group, authorId, text, "a reply", GroupLinks.post(postId));
            notices.replied(group, post, authorId, told);
        }
        return reply.id();
    }

    /** The group, and the writer's membership locked (so the rate limit sees one post at a time), if they are an active member. */
    private StoredMembership writer(long authorId, StoredGroup group, String field) {
        MembershipStatus status = group == null ? null : groups.statusOf(authorId, group.id());
        if (group == null || !group.seenBy(status)) {
            throw new Rejection(field, JpaGroups.NOT_FOUND);
        }
        if (status != MembershipStatus.ACTIVE) {
            throw new Rejection(field, "Only the group's members can write here. Join the group first.");
        }
        if (accounts.find(authorId).filter(account -> account.status() == AccountStatus.ACTIVE).isEmpty()) {
            throw new Rejection(field, "Only members with an active account can write in groups.");
        }
        return em.find(StoredMembership.class, JpaGroups.key(group.id(), authorId), LockModeType.PESSIMISTIC_WRITE);
    }

    private void rateLimit(long authorId, String field) {
        Instant now = Instant.now();
        Timestamp since = Timestamp.from(now.minus(Duration.ofHours(1)));
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT created_at FROM groups_post WHERE author_id = ? AND created_at > ?"
                        + " UNION ALL SELECT created_at FROM groups_reply WHERE author_id = ? AND created_at > ? ORDER BY 1 DESC")
                .setParameter(1, authorId).setParameter(2, since).setParameter(3, authorId).setParameter(4, since)
                .setMaxResults(PER_HOUR).getResultList();
        List<Instant> recent = rows.stream().map(JpaDiscussions::instant).toList();
        GroupRules.nextPostAllowed(recent, now, PER_MINUTE, PER_HOUR).ifPresent(next -> {
            throw new Rejection(field, "You are writing faster than people usually do: at most " + PER_MINUTE + " posts and replies a minute and "
                    + PER_HOUR + " an hour. You can write again " + GroupRules.wait(now, next) + "; your text is still here.");
        });
    }

    private Screening screen(String kind, long authorId, String text, long groupId, String field) {
        if (!screening.isResolvable()) {
            return Screening.allow();
        }
        Screening verdict = screening.get().screen(new Submission(kind, authorId, text, Map.of("groupId", Long.toString(groupId))));
        if (verdict.verdict() == Screening.Verdict.BLOCK) {
            throw new Rejection(field, verdict.signals().isEmpty() ? "This cannot be published here."
                    : "This cannot be published: " + String.join("; ", verdict.signals()) + ".");
        }
        return verdict;
    }

    @Override
    public List<GroupPost> pinned(long viewerId, long groupId) {
        if (!groups.seesInside(viewerId, groupId)) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM StoredPost p WHERE p.groupId = :group AND p.state = :published AND p.pinned = TRUE"
                        + " AND p.authorSuspended = FALSE AND p.removedAt IS NULL"
                        + " ORDER BY p.id DESC", StoredPost.class)
                .setParameter("group", groupId).setParameter("published", PostState.PUBLISHED).setMaxResults(PINNED_MAX * 2)
                .getResultList().stream().map(post -> view(post, viewerId)).toList();
    }

    @Override
    public ThreadList threads(long viewerId, long groupId, ThreadCursor cursor, int size) {
        if (!groups.seesInside(viewerId, groupId)) {
            return new ThreadList(List.of(), null);
        }
        Instant before = cursor.before() == null ? Instant.now().plusSeconds(1) : cursor.before();
        long beforeId = cursor.before() == null ? Long.MAX_VALUE : cursor.beforeId();
        // Keyset on (last_activity_at, id), along the index (group_id, last_activity_at, id): no screen reads the ones before it.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM groups_post WHERE group_id = ?1 AND state = 'PUBLISHED' AND pinned = FALSE"
                        + " AND author_suspended = FALSE AND removed_at IS NULL"
                        + " AND (last_activity_at < ?2 OR (last_activity_at = ?2 AND id < ?3))"
                        + " ORDER BY last_activity_at DESC, id DESC LIMIT " + (size + 1))
                .setParameter(1, groupId).setParameter(2, Timestamp.from(before)).setParameter(3, beforeId).getResultList();
        List<GroupPost> posts = new ArrayList<>();
        for (Number id : ids.subList(0, Math.min(size, ids.size()))) {
            StoredPost post = em.find(StoredPost.class, id.longValue());
            if (post != null) {
                posts.add(view(post, viewerId));
            }
        }
        ThreadCursor next = ids.size() > size && !posts.isEmpty()
                ? new ThreadCursor(posts.get(posts.size() - 1).lastActivityAt(), posts.get(posts.size() - 1).id()) : null;
        return new ThreadList(posts, next);
    }

    @Override
    public Optional<GroupPost> post(long viewerId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        return post != null && maySee(viewerId, post) ? Optional.of(view(post, viewerId)) : Optional.empty();
    }

    boolean maySee(long viewerId, StoredPost post) {
        // A removed thread is out of sight for its author too: only moderators see it, through moderation.
        if (post.removed() || !groups.seesInside(viewerId, post.groupId()) || (post.authorSuspended() && post.authorId() != viewerId)) {
            return false;
        }
        return switch (post.state()) {
            case PUBLISHED -> true;
            case PENDING -> post.authorId() == viewerId || groups.manages(viewerId, post.groupId());
            case HELD -> post.authorId() == viewerId;
            case HIDDEN -> false;
        };
    }

    @Override
    public ResultPage<GroupReply> replies(long viewerId, long postId, int first, int max) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(viewerId, post)) {
            return new ResultPage<>(List.of(), 0);
        }
        String where = " FROM StoredReply r WHERE r.postId = :post AND r.authorSuspended = FALSE AND r.removedAt IS NULL"
                + " AND (r.state = :published OR (r.state = :held AND r.authorId = :viewer))";
        List<StoredReply> found = em.createQuery("SELECT r" + where + " ORDER BY r.id", StoredReply.class)
                .setParameter("post", postId).setParameter("published", PostState.PUBLISHED).setParameter("held", PostState.HELD)
                .setParameter("viewer", viewerId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(r)" + where, Long.class)
                .setParameter("post", postId).setParameter("published", PostState.PUBLISHED).setParameter("held", PostState.HELD)
                .setParameter("viewer", viewerId).getSingleResult();
        return new ResultPage<>(found.stream().map(r -> new GroupReply(r.id(), r.postId(), r.authorId(), notices.nameOf(r.authorId()),
                r.body(), r.state(), r.createdAt())).toList(), total);
    }

    @Override
    @Transactional
    public void react(long memberId, long postId, Reaction reaction) {
        StoredPost post = published(memberId, postId);
        if (groups.statusOf(memberId, post.groupId()) != MembershipStatus.ACTIVE) {
            throw new Rejection("post", "Only the group's members can react. Join the group first.");
        }
        em.createNativeQuery("DELETE FROM groups_reaction WHERE post_id = ? AND account_id = ?")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        if (reaction != null) {
            em.createNativeQuery("INSERT INTO groups_reaction (post_id, account_id, reaction, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, postId).setParameter(2, memberId).setParameter(3, reaction.name())
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        }
    }

    StoredPost published(long viewerId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(viewerId, post) || post.state() != PostState.PUBLISHED) {
            throw new Rejection("post", NOT_FOUND);
        }
        return post;
    }

    /** The thread, locked, if the actor manages its group. */
    private StoredPost managed(long managerId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId, LockModeType.PESSIMISTIC_WRITE);
        if (post == null || !maySee(managerId, post)) {
            throw new Rejection("post", NOT_FOUND);
        }
        if (!groups.manages(managerId, post.groupId())) {
            throw new Rejection("post", "Only the group's managers can do this.");
        }
        return post;
    }

    @Override
    @Transactional
    public void pin(long managerId, long postId, boolean pinned) {
        StoredPost post = managed(managerId, postId);
        if (pinned && !post.pinned()) {
            long count = em.createQuery("SELECT COUNT(p) FROM StoredPost p WHERE p.groupId = :group AND p.pinned = TRUE AND p.removedAt IS NULL", Long.class)
                    .setParameter("group", post.groupId()).getSingleResult();
            if (count >= PINNED_MAX) {
                throw new Rejection("post", "A group can have " + PINNED_MAX + " pinned threads; unpin one first.");
            }
        }
        post.pinned(pinned);
    }

    @Override
    @Transactional
    public void lock(long managerId, long postId, boolean locked) {
        managed(managerId, postId).locked(locked);
    }

    @Override
    public ResultPage<GroupPost> pending(long managerId, long groupId, int first, int max) {
        if (!groups.manages(managerId, groupId)) {
            return new ResultPage<>(List.of(), 0);
        }
        List<StoredPost> found = em.createQuery("SELECT p FROM StoredPost p WHERE p.groupId = :group AND p.state = :pending AND p.removedAt IS NULL ORDER BY p.id",
                        StoredPost.class)
                .setParameter("group", groupId).setParameter("pending", PostState.PENDING).setFirstResult(first).setMaxResults(max)
                .getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM StoredPost p WHERE p.groupId = :group AND p.state = :pending AND p.removedAt IS NULL", Long.class)
                .setParameter("group", groupId).setParameter("pending", PostState.PENDING).getSingleResult();
        return new ResultPage<>(found.stream().map(post -> view(post, managerId)).toList(), total);
    }

    @Override
    @Transactional
    public void approve(long managerId, long postId) {
        StoredPost post = managed(managerId, postId);
        if (post.state() != PostState.PENDING) {
            throw new Rejection("post", "This post is not waiting for approval any more.");
        }
        post.publish(Instant.now());
        StoredMembership author = em.find(StoredMembership.class, JpaGroups.key(post.groupId(), post.authorId()));
        if (author != null) {
            author.trust();
        }
        announce(em.find(StoredGroup.class, post.groupId()), post);
    }

    @Override
    @Transactional
    public void decline(long managerId, long postId) {
        StoredPost post = managed(managerId, postId);
        if (post.state() != PostState.PENDING) {
            throw new Rejection("post", "This post is not waiting for approval any more.");
        }
        deletion.post(postId);
    }

    @Override
    @Transactional
    public void delete(long actorId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(actorId, post)) {
            throw new Rejection("post", NOT_FOUND);
        }
        if (post.authorId() != actorId && !groups.manages(actorId, post.groupId())) {
            throw new Rejection("post", "Only its author and the group's managers can delete a thread.");
        }
        deletion.post(postId);
    }

    @Override
    @Transactional
    public void deleteReply(long actorId, long replyId) {
        StoredReply reply = em.find(StoredReply.class, replyId);
        StoredPost post = reply == null || reply.removed() ? null : em.find(StoredPost.class, reply.postId());
        if (post == null || !maySee(actorId, post)) {
            throw new Rejection("reply", "This reply is no longer there.");
        }
        if (reply.authorId() != actorId && !groups.manages(actorId, post.groupId())) {
            throw new Rejection("reply", "Only its author and the group's managers can delete a reply.");
        }
        deletion.reply(replyId);
    }

    @Override
    public void reportPost(long reporterId, long postId, ReportReason reason, String detail) {
        reports.reportPost(reporterId, postId, reason, detail);
    }

    @Override
    public void reportReply(long reporterId, long replyId, ReportReason reason, String detail) {
        reports.reportReply(reporterId, replyId, reason, detail);
    }

    @Override
    public ResultPage<ReportedInGroup> reported(long managerId, long groupId, int first, int max) {
        return reports.reported(managerId, groupId, first, max);
    }

    @Override
    public void keep(long managerId, String kind, long id) {
        reports.keep(managerId, kind, id);
    }

    @Override
    public void reportGroup(long reporterId, long groupId, ReportReason reason, String detail) {
        reports.reportGroup(reporterId, groupId, reason, detail);
    }

    @Override
    public boolean postNotices(long memberId, long groupId) {
        StoredMembership row = em.find(StoredMembership.class, JpaGroups.key(groupId, memberId));
        return row != null && row.status() == MembershipStatus.ACTIVE && row.postNotices();
    }

    @Override
    @Transactional
    public void setPostNotices(long memberId, long groupId, boolean on) {
        StoredMembership row = em.find(StoredMembership.class, JpaGroups.key(groupId, memberId));
        if (row == null || row.status() != MembershipStatus.ACTIVE) {
            throw new Rejection("notices", "Only the group's members can hear of its new threads.");
        }
        row.postNotices(on);
    }

    GroupPost view(StoredPost post, long viewerId) {
        Map<Reaction, Integer> reactions = new EnumMap<>(Reaction.class);
        Reaction mine = null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT reaction, COUNT(*), SUM(account_id = ?) FROM groups_reaction"
                        + " WHERE post_id = ? GROUP BY reaction")
                .setParameter(1, viewerId).setParameter(2, post.id()).getResultList();
        for (Object[] row : rows) {
            Reaction reaction = Reaction.valueOf((String) row[0]);
            reactions.put(reaction, ((Number) row[1]).intValue());
            if (((Number) row[2]).intValue() > 0) {
                mine = reaction;
            }
        }
        StoredGroup group = em.find(StoredGroup.class, post.groupId());
        return new GroupPost(post.id(), post.groupId(), group.name(), group.slug(), post.authorId(), notices.nameOf(post.authorId()),
                post.title(), post.body(), post.state(), post.pinned(), post.locked(), post.replyCount(), post.createdAt(),
                post.lastActivityAt(), reactions, mine);
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static void check(String field, String problem) {
        if (problem != null) {
            throw new Rejection(field, problem);
        }
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
