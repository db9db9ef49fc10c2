package app.quad.networking;

import java.time.Instant;

/**
 * A place in the order of other modules' entries in the home feed ({@link FeedContributor}):
 * newest first, and those posted in the same microsecond by kind, then by id from the highest, so
 * that every entry has a place of its own. A screen's entries end at one and the next screen goes
 * on right after it, so entries sharing a time are never lost or shown twice at a screen's edge.
 *
 * @param kind with {@code id}, the entry at this place; null (and 0) for the place after everything
 *             posted at {@code at}, see {@link #before(Instant)}
 */
public record FeedPosition(Instant at, String kind, long id) {

    /** The place after which come the entries posted before {@code at}, and nothing posted at it. */
    public static FeedPosition before(Instant at) {
        return new FeedPosition(at, null, 0);
    }

    /**
     * For a contributor of {@code kind}: its entries posted at {@link #at} come after this place when
     * their id is below this, so those after it are {@code created_at < at OR (created_at = at AND id < idBelow)}.
     */
    public long idBelow(String kind) {
        if (this.kind == null) {
            return Long.MIN_VALUE;
        }
        int order = kind.compareTo(this.kind);
        return order < 0 ? Long.MIN_VALUE : order == 0 ? id : Long.MAX_VALUE;
    }

    /** Whether the entry comes after this place. */
    public boolean isBefore(FeedEntry entry) {
        return entry.at().isBefore(at) || (entry.at().equals(at) && entry.id() < idBelow(entry.kind()));
    }
}
