package app.quad.networking.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one screen of a feed from candidates, newest first: at most {@code size} posts, no author
 * more than {@code perAuthor} times; posts over an author's share are held back for the next
 * screen rather than lost. Then a light ranking: a connection's post and a post people answered
 * move up a little, never past posts much newer than them.
 */
final class FeedScreen {

    /**
     * What the screen needs to know of a post.
     *
     * @param muted the member muted its author or a word in it: passed over, never shown
     */
    record Candidate(long postId, long authorId, Instant at, boolean byConnection, int responses, boolean muted) {

        Candidate(long postId, long authorId, Instant at, boolean byConnection, int responses) {
            this(postId, authorId, at, byConnection, responses, false);
        }
    }

    /**
     * @param shown    the screen, in the order to show it
     * @param heldBack posts over their author's share, for the next screen
     * @param lastSeen the oldest fetched candidate the screen went through, where the next fetch starts; null if none
     */
    record Result(List<Candidate> shown, List<Long> heldBack, Candidate lastSeen) {
    }

    static final Duration CONNECTION_BONUS = Duration.ofHours(3);
    static final Duration PER_RESPONSE = Duration.ofMinutes(10);
    static final int MAX_RESPONSES_COUNTED = 12;

    private FeedScreen() {
    }

    /**
     * @param heldBack   posts held back from the previous screen (newer than every fetched one)
     * @param fetched    the next posts after the cursor, newest first
     */
    static Result build(List<Candidate> heldBack, List<Candidate> fetched, int size, int perAuthor) {
        List<Candidate> shown = new ArrayList<>();
        List<Long> over = new ArrayList<>();
        Map<Long, Integer> perAuthorCount = new HashMap<>();
        Candidate lastSeen = null;
        List<Candidate> all = new ArrayList<>(heldBack);
        all.addAll(fetched);
        int fromFetched = heldBack.size();
        // Stopping at a full screen never leaves held-back posts unread: an author is over their share only once
        // perAuthor of theirs are shown before the screen's last post, so posts come back from at most
        // (size - 1) / perAuthor authors, and those fill at most size - 1 places on the next screen.
        for (int i = 0; i < all.size() && shown.size() < size; i++) {
            Candidate candidate = all.get(i);
            if (i >= fromFetched) {
                lastSeen = candidate;
            }
            if (candidate.muted()) {
                continue;
            }
            int count = perAuthorCount.merge(candidate.authorId(), 1, Integer::sum);
            if (count <= perAuthor) {
                shown.add(candidate);
            } else {
                over.add(candidate.postId());
            }
        }
        shown.sort(Comparator.comparing(FeedScreen::rank).reversed().thenComparing(Candidate::postId, Comparator.reverseOrder()));
        return new Result(shown, over, lastSeen);
    }

    static Instant rank(Candidate candidate) {
        Instant ranked = candidate.at().plus(PER_RESPONSE.multipliedBy(Math.min(candidate.responses(), MAX_RESPONSES_COUNTED)));
        return candidate.byConnection() ? ranked.plus(CONNECTION_BONUS) : ranked;
    }
}
