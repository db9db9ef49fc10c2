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
     * <p>
     * Give {@code max} entries whenever the viewer may see that many (networking asks for one more than
     * a screen shows, to learn whether the window goes on): fewer tell it the window holds no more, and
     * it goes on past what is left out. So a contributor that drops rows its query
     * found (a rule checked outside SQL) reads on until it has {@code max} or the rows run out.
     */
    List<FeedEntry> entries(long viewerId, Instant newerThanOrEqual, FeedPosition after, int max);
}
