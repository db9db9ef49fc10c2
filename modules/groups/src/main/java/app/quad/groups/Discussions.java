package app.quad.groups;

import app.quad.networking.Reaction;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ReportReason;

import java.util.List;
import java.util.Optional;

/**
 * Threads and replies inside groups. Only people who see inside a group ({@link Groups#seesInside})
 * read its threads; only its active members write, react and report there. Text is plain, shown
 * escaped; anything that looks like markup is refused at its field. Refusals are
 * {@link app.quad.platform.Rejection}s; a thread the actor may not see is refused as not found.
 */
public interface Discussions {

    String POST_KIND = "groups.post";
    String REPLY_KIND = "groups.reply";

    int TITLE_MAX = 150;
    int BODY_MAX = 5000;

    /** Threads and replies one member may write, across groups, in any minute and in any hour. */
    int PER_MINUTE = 5;
    int PER_HOUR = 30;

    /**
     * Starts a thread. It is published at once, or waits for a manager when the group approves first
     * posts and this is the member's first, or is held when screening says so.
     *
     * @return the new thread's id
     * @throws app.quad.platform.Rejection fields {@code title}, {@code body} or {@code group}
     */
    long start(long authorId, long groupId, String title, String body);

    /** @throws app.quad.platform.Rejection field {@code reply}, or {@code post} when the thread is locked or not found */
    long reply(long authorId, long postId, String body);

    /** Pinned threads of the group, newest activity first (a handful at most). */
    List<GroupPost> pinned(long viewerId, long groupId);

    /** The group's published threads that are not pinned, newest activity first; start with {@link ThreadCursor#START}. */
    ThreadList threads(long viewerId, long groupId, ThreadCursor cursor, int size);

    /** The thread, if the viewer may see it: published to those who see inside; pending or held also to its author (and pending to managers). */
    Optional<GroupPost> post(long viewerId, long postId);

    /** Published replies, oldest first (plus the viewer's own held ones). */
    ResultPage<GroupReply> replies(long viewerId, long postId, int first, int max);

    /** Sets the member's one reaction to the thread; null takes it back. */
    void react(long memberId, long postId, Reaction reaction);

    /** Managers pin a thread to the top of the group, or unpin it. */
    void pin(long managerId, long postId, boolean pinned);

    /** Managers lock a thread (no more replies), or open it again. */
    void lock(long managerId, long postId, boolean locked);

    /** First posts waiting for a manager, oldest first; empty for anyone else. */
    ResultPage<GroupPost> pending(long managerId, long groupId, int first, int max);

    /** Publishes a waiting first post; its author's later posts need no approval. */
    void approve(long managerId, long postId);

    /** Declines a waiting first post: it is deleted. */
    void decline(long managerId, long postId);

    /** The author or a manager deletes a thread, with its replies, reactions and reports. */
    void delete(long actorId, long postId);

    /** The author or a manager deletes a reply. */
    void deleteReply(long actorId, long replyId);

    /** Reports a thread to the moderators; publishes {@link GroupPostReported}. Reporting twice counts once. */
    void reportPost(long reporterId, long postId, ReportReason reason, String detail);

    /** Reports a reply; publishes {@link GroupPostReported} with kind {@code groups.reply}. */
    void reportReply(long reporterId, long replyId, ReportReason reason, String detail);

    /** Reports a group; publishes {@link GroupReported}. */
    void reportGroup(long reporterId, long groupId, ReportReason reason, String detail);

    /** Whether the member hears of every new thread in the group (notification kind {@code groups.post}). */
    boolean postNotices(long memberId, long groupId);

    void setPostNotices(long memberId, long groupId, boolean on);

    /**
     * Threads and replies of the group that members reported and no manager has kept since, most
     * recently reported first; managers only. Moderators see the same reports in their queue.
     */
    ResultPage<ReportedInGroup> reported(long managerId, long groupId, int first, int max);

    /** A manager looked at a reported thread or reply and keeps it; its reports leave the managers' list. */
    void keep(long managerId, String kind, long id);
}
