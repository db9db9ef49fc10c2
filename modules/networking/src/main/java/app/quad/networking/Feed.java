package app.quad.networking;

import app.quad.platform.ResultPage;

import java.util.Optional;

/**
 * Short updates from members, read in a quiet feed: posts from connections, from people one
 * follows and other modules' entries (threads in one's groups, through {@link FeedContributor}),
 * newest first, no author more than three times on a screen, nothing older than two weeks, and the
 * member's mutes and quiet mode applied.
 */
public interface Feed {

    /** @throws app.quad.platform.Rejection field {@code body} for an empty or too long text */
    default long publish(long authorId, String text, PostAudience audience) {
        return publish(authorId, text, audience, null);
    }

    /**
     * @param image an image for the post, or null
     * @throws app.quad.platform.Rejection field {@code body} for an empty or too long text; field
     *                                     {@code file} for an image that is refused, field
     *                                     {@code imageDescription} for an image without a description.
     *                                     Nothing is kept then.
     */
    long publish(long authorId, String text, PostAudience audience, PostImage image);

    /** The next screen of the member's home feed; start with {@link FeedCursor#START}. */
    FeedPage home(long memberId, FeedCursor cursor, int size);

    /** The post, if the viewer may see it. */
    Optional<Post> post(long viewerId, long postId);

    /** @throws app.quad.platform.Rejection field {@code comment}, or {@code post} when the viewer may not see it */
    long comment(long authorId, long postId, String text);

    /** Comments on a post the viewer may see, oldest first. */
    ResultPage<PostComment> comments(long viewerId, long postId, int first, int max);

    /** Sets the member's one reaction to the post; null takes it back. */
    void react(long memberId, long postId, Reaction reaction);

    /** The author deletes their post, with its comments and reactions. */
    void delete(long authorId, long postId);

    /**
     * Reports a post to the moderators; publishes {@link PostReported}. Reporting twice counts once.
     *
     * @param detail the reporter's words, optional unless the reason is OTHER
     * @throws app.quad.platform.Rejection field {@code post}, {@code reason} without one, {@code detail}
     *                                     when too long or missing for OTHER
     */
    void report(long reporterId, long postId, app.quad.platform.moderation.ReportReason reason, String detail);

    int MAX_LENGTH = 3000;

    /** Screens of the feed stop here: older posts have had their moment. */
    int DAYS_SHOWN = 14;

    /** No author appears more often than this on one screen. */
    int PER_AUTHOR = 3;

    /**
     * Other modules' entries ({@link FeedContributor}) on one screen at most; more in a screen's time
     * window go on to the next screens, none lost.
     */
    int ENTRIES_PER_SCREEN = 10;
}
