package app.quad.groups;

import java.util.List;

/** One screen of a group's threads, newest activity first; {@code next} is null when there is nothing more. */
public record ThreadList(List<GroupPost> posts, ThreadCursor next) {

    public ThreadList {
        posts = List.copyOf(posts);
    }
}
