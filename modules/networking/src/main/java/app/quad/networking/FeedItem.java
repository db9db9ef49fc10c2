package app.quad.networking;

import java.time.Instant;

/** One thing on a screen of the home feed: a networking {@link Post} or another module's {@link FeedEntry}. */
public sealed interface FeedItem permits Post, FeedEntry {

    /** When it was posted; a screen shows its items newest first. */
    Instant at();
}
