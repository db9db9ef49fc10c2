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

    /**
     * Posts and entries together: the posts in the screen's order (newest first, nudged a little by
     * the feed's light ranking), each entry placed before the first post older than it.
     */
    public List<FeedItem> items() {
        List<FeedEntry> byTime = new ArrayList<>(entries);
        byTime.sort(Comparator.comparing(FeedEntry::at).reversed());
        List<FeedItem> items = new ArrayList<>();
        int next = 0;
        for (Post post : posts) {
            while (next < byTime.size() && byTime.get(next).at().isAfter(post.at())) {
                items.add(byTime.get(next++));
            }
            items.add(post);
        }
        items.addAll(byTime.subList(next, byTime.size()));
        return items;
    }
}
