package app.quad.networking.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
