package app.quad.networking.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedScreenTest {

    private static final Instant NOON = Instant.parse("2026-11-23T12:00:00Z");

    /** Post n is n minutes old. */
    private static FeedScreen.Candidate post(long id, long author) {
        return new FeedScreen.Candidate(id, author, NOON.minus(Duration.ofMinutes(id)), false, 0);
    }

    private static List<Long> ids(List<FeedScreen.Candidate> candidates) {
        return candidates.stream().map(FeedScreen.Candidate::postId).toList();
    }

    @Test
    void noAuthorAppearsMoreThanThreeTimesAndTheRestIsHeldBackNotLost() {
        List<FeedScreen.Candidate> fetched = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            fetched.add(post(id, 7));
        }
        fetched.add(post(6, 8));
        fetched.add(post(7, 9));
        FeedScreen.Result first = FeedScreen.build(List.of(), fetched, 5, 3);
        assertEquals(List.of(1L, 2L, 3L, 6L, 7L), ids(first.shown()));
        assertEquals(List.of(4L, 5L), first.heldBack());
        assertEquals(7L, first.lastSeen().postId());

        FeedScreen.Result second = FeedScreen.build(List.of(post(4, 7), post(5, 7)), List.of(post(8, 10)), 5, 3);
        assertEquals(List.of(4L, 5L, 8L), ids(second.shown()), "held-back posts come first on the next screen");
        assertEquals(List.of(), second.heldBack());
    }

    @Test
    void aScreenStopsAtItsSizeAndTheCursorIsTheLastFetchedPostLookedAt() {
        List<FeedScreen.Candidate> fetched = List.of(post(1, 1), post(2, 2), post(3, 3), post(4, 4));
        FeedScreen.Result result = FeedScreen.build(List.of(), fetched, 2, 3);
        assertEquals(List.of(1L, 2L), ids(result.shown()));
        assertEquals(2L, result.lastSeen().postId());
    }

    @Test
    void aConnectionsPostAndAnsweredPostsMoveUpALittleButNotPastMuchNewerOnes() {
        FeedScreen.Candidate recent = post(1, 1);
        FeedScreen.Candidate byConnection = new FeedScreen.Candidate(60, 2, NOON.minus(Duration.ofMinutes(60)), true, 0);
        FeedScreen.Candidate answered = new FeedScreen.Candidate(30, 3, NOON.minus(Duration.ofMinutes(30)), false, 5);
        FeedScreen.Candidate old = new FeedScreen.Candidate(600, 4, NOON.minus(Duration.ofHours(10)), true, 50);
        FeedScreen.Result result = FeedScreen.build(List.of(), List.of(recent, answered, byConnection, old), 10, 3);
        assertEquals(List.of(60L, answered.postId(), 1L, 600L), ids(result.shown()));
    }

    @Test
    void mutedPostsArePassedOverButTheCursorMovesPastThem() {
        FeedScreen.Candidate muted = new FeedScreen.Candidate(2, 2, NOON.minus(Duration.ofMinutes(2)), false, 0, true);
        FeedScreen.Result result = FeedScreen.build(List.of(), List.of(post(1, 1), muted, post(3, 3)), 5, 3);
        assertEquals(List.of(1L, 3L), ids(result.shown()));
        assertEquals(List.of(), result.heldBack());
        FeedScreen.Result allMuted = FeedScreen.build(List.of(), List.of(muted), 5, 3);
        assertEquals(List.of(), allMuted.shown());
        assertEquals(2L, allMuted.lastSeen().postId(), "the next screen starts after the muted post");
    }

    /**
     * Pages through the candidates as the home feed does (a fetch of size * 3 + 1 after the last post
     * looked at, the held-back posts first) and gives the screens.
     */
    private static List<List<Long>> page(List<FeedScreen.Candidate> candidates, int size) {
        List<List<Long>> screens = new ArrayList<>();
        int after = 0;
        List<Long> heldBack = List.of();
        int limit = size * 3 + 1;
        for (boolean more = true; more && screens.size() < 1000; ) {
            List<Long> held = heldBack;
            List<FeedScreen.Candidate> heldCandidates = candidates.stream().filter(c -> held.contains(c.postId())).toList();
            List<FeedScreen.Candidate> fetched = candidates.subList(after, Math.min(after + limit, candidates.size()));
            FeedScreen.Result result = FeedScreen.build(heldCandidates, fetched, size, 3);
            screens.add(ids(result.shown()));
            heldBack = result.heldBack();
            more = fetched.size() == limit || !heldBack.isEmpty()
                    || (result.lastSeen() != null && fetched.indexOf(result.lastSeen()) < fetched.size() - 1);
            if (result.lastSeen() != null) {
                after = candidates.indexOf(result.lastSeen()) + 1;
            }
        }
        return screens;
    }

    @Test
    void noPostIsLostOrShownTwiceWhateverTheScreenSize() {
        Random random = new Random(7);
        for (int run = 0; run < 40; run++) {
            List<FeedScreen.Candidate> candidates = new ArrayList<>();
            int authors = 1 + run % 10;
            while (candidates.size() < 90) {
                // Runs of posts by one author, as when someone posts a lot in one evening.
                long author = random.nextInt(authors);
                for (int k = random.nextInt(8); k >= 0; k--) {
                    long id = candidates.size() + 1;
                    candidates.add(new FeedScreen.Candidate(id, author, NOON.minus(Duration.ofMinutes(id)), false, 0,
                            random.nextInt(10) == 0));
                }
            }
            List<Long> expected = candidates.stream().filter(c -> !c.muted()).map(FeedScreen.Candidate::postId).toList();
            for (int size = 1; size <= 20; size++) {
                List<List<Long>> screens = page(candidates, size);
                List<Long> shown = screens.stream().flatMap(List::stream).sorted().toList();
                assertEquals(expected, shown, "every post exactly once, screens of " + size + ", run " + run);
                for (List<Long> screen : screens) {
                    assertTrue(screen.size() <= size);
                    Map<Long, Long> perAuthor = screen.stream()
                            .collect(Collectors.groupingBy(id -> candidates.get((int) (id - 1)).authorId(), Collectors.counting()));
                    assertTrue(perAuthor.values().stream().allMatch(count -> count <= 3), "at most three per author on a screen");
                }
            }
        }
    }
}
