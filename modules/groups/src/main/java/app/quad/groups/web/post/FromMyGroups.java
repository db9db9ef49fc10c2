package app.quad.groups.web.post;

import app.quad.groups.Discussions;
import app.quad.groups.GroupPost;
import app.quad.identity.CurrentUser;
import app.quad.networking.NoiseControls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

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

    @Inject
    NoiseControls noiseControls;

    private List<GroupPost> threads;

    /**
     * The feed's noise controls apply here too: nothing in quiet mode (connections only), and no
     * thread by a muted person or with a muted word in its title or text.
     */
    public List<GroupPost> getThreads() {
        if (threads == null) {
            threads = List.of();
            if (currentUser.signedIn()) {
                NoiseControls.Settings noise = noiseControls.settings(currentUser.id());
                if (!noise.quiet()) {
                    threads = discussions.fromMyGroups(currentUser.id(), SHOWN * 3).stream()
                            .filter(post -> !noise.mutedPeople().containsKey(post.authorId()))
                            .filter(post -> noise.keywords().stream().noneMatch(word -> contains(post, word)))
                            .limit(SHOWN).toList();
                }
            }
        }
        return threads;
    }

    private static boolean contains(GroupPost post, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return post.title().toLowerCase(Locale.ROOT).contains(lower) || post.body().toLowerCase(Locale.ROOT).contains(lower);
    }

    public String ago(Instant at) {
        return Ago.of(at);
    }
}
