package app.quad.networking;

import app.quad.platform.ResultPage;

/**
 * One-way follows, for updates without a connection: of verified organisations, and of staff and
 * graduates who allow followers.
 */
public interface Follows {

    /** @throws app.quad.platform.Rejection field {@code target} for anyone or anything that cannot be followed */
    void follow(long followerId, FollowTarget target);

    void unfollow(long followerId, FollowTarget target);

    boolean follows(long followerId, FollowTarget target);

    /** Whether the person could follow the target now (for showing a Follow button). */
    boolean mayFollow(long followerId, FollowTarget target);

    ResultPage<Followed> followedBy(long followerId, int first, int max);

    /** Staff and graduates choose whether people may follow them; nobody else may be followed. */
    void allowFollowers(long memberId, boolean allowed);

    boolean allowsFollowers(long memberId);

    record Followed(FollowTarget target, String name) {
    }
}
