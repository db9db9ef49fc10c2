package app.quad.networking;

import java.time.Instant;
import java.util.List;

/**
 * Where the next screen of a feed starts: after the last post looked at (keyset, so no screen
 * scans the ones before it), plus the posts held back from the last screen because their author
 * had already appeared three times there.
 *
 * @param entriesAfter where other modules' entries ({@link FeedContributor}) go on: right after this
 *                     place; null when they keep pace with the posts, i.e. go on with those posted
 *                     before {@code before}. Set only when a screen had more entries than it shows.
 */
public record FeedCursor(Instant before, long beforeId, List<Long> heldBack, FeedPosition entriesAfter) {

    public static final FeedCursor START = new FeedCursor(null, 0, List.of());

    public FeedCursor {
        heldBack = List.copyOf(heldBack);
    }

    public FeedCursor(Instant before, long beforeId, List<Long> heldBack) {
        this(before, beforeId, heldBack, null);
    }
}
