package app.quad.networking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One screen of a feed; {@code next} is null when there is nothing more to show.
 *
 * @param posts   networking's own posts on the screen
 * @param entries other modules' entries on the screen (see {@link FeedContributor})
 */
public record FeedPage(List<Post> posts, List<FeedEntry> entries, FeedCursor next) {

    public FeedPage {
        posts = List.copyOf(posts);
        entries = List.copyOf(entries);
    }

    public FeedPage(List<Post> posts, FeedCursor next) {
        this(posts, List.of(), next);
    }

    /** Posts and entries together, newest first (a stable merge: posts keep their screen's order among equals). */
    public List<FeedItem> items() {
        List<FeedItem> items = new ArrayList<>(posts);
        items.addAll(entries);
        items.sort(Comparator.comparing(FeedItem::at).reversed());
        return items;
    }
}
