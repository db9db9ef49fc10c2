package app.quad.networking;

import java.time.Instant;
import java.util.List;

/**
 * Where the next screen of a feed starts: after the last post looked at (keyset, so no screen
 * scans the ones before it), plus the posts held back from the last screen because their author
 * had already appeared three times there.
 */
public record FeedCursor(Instant before, long beforeId, List<Long> heldBack) {

    public static final FeedCursor START = new FeedCursor(null, 0, List.of());

    public FeedCursor {
        heldBack = List.copyOf(heldBack);
    }
}
