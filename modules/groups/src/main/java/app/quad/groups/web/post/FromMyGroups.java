package app.quad.groups.web.post;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPost;
import app.quad.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;

/**
 * Backs the fragment groups put in the slot {@code feed.home} on networking's feed with "From your groups": the newest threads
 * of the viewer's groups. (A place beside the feed, not inside it: networking's home query and its
 * keyset cursor know only its own posts.)
 */
@Named
@RequestScoped
public class FromMyGroups {

    /** Threads shown; the groups' own pages have the rest. */
    static final int SHOWN = 8;

    @Inject
    Discussions discussions;

    @Inject
    CurrentUser currentUser;

    private List<GroupPost> threads;

    public List<GroupPost> getThreads() {
        if (threads == null) {
            threads = currentUser.signedIn() ? discussions.fromMyGroups(currentUser.id(), SHOWN) : List.of();
        }
        return threads;
    }

    public String ago(Instant at) {
        return Ago.of(at);
    }
}
