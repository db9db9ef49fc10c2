package app.quad.networking;

import java.util.List;

/** One screen of a feed; {@code next} is null when there is nothing more to show. */
public record FeedPage(List<Post> posts, FeedCursor next) {

    public FeedPage {
        posts = List.copyOf(posts);
    }
}
