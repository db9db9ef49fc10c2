package app.quad.networking;

import app.quad.platform.ResultPage;

/**
 * Blocking: a blocked person cannot send requests or messages to the blocker, and neither sees
 * the other's profile. Blocking ends their connection and any open requests between them.
 */
public interface Blocks {

    /** @throws app.quad.platform.Rejection field {@code person} for oneself or an unknown person */
    void block(long blockerId, long blockedId);

    void unblock(long blockerId, long blockedId);

    /** Either of the two has blocked the other. */
    boolean eitherWay(long accountId, long otherId);

    ResultPage<BlockedMember> blockedBy(long blockerId, int first, int max);
}
