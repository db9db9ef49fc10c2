package app.quad.networking;

import java.time.Instant;
import java.util.List;

/**
 * The port through which other modules add their items to a member's home feed (groups: threads
 * in the member's groups). Networking asks every contributor, for each screen of the feed, for the
 * entries in the time window that screen covers, and merges them with its posts by time; it leaves
 * out entries by authors the viewer muted or blocked (either way), or whose title or text has a
 * muted word, and asks none in quiet mode.
 */
public interface FeedContributor {

    /**
     * Entries the viewer may see, posted at or after {@code newerThanOrEqual} and coming after
     * {@code after} in the feed's order ({@link FeedPosition}), newest first (by time, then id), at most
     * {@code max}. That is one keyset condition, {@code created_at >= ? AND (created_at < ? OR
     * (created_at = ? AND id < ?))} with {@code after.at()} and {@code after.idBelow(yourKind)}. Use an
     * index on the time: this runs for every screen of every feed.
     */
    List<FeedEntry> entries(long viewerId, Instant newerThanOrEqual, FeedPosition after, int max);
}
