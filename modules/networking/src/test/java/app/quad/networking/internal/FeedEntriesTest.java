package app.quad.networking.internal;

import app.quad.networking.FeedEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FeedEntriesTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static FeedEntry at(long id, Instant at) {
        return new FeedEntry("test.thing", id, 1, "A", at, "t", "x", "/x", "in X");
    }

    @Test
    void aWindowWithinAScreenIsShownWholeNewestFirst() {
        FeedEntries.Screen screen = FeedEntries.cut(List.of(at(1, T), at(2, T.plusSeconds(5))), 3);
        assertEquals(List.of(2L, 1L), screen.shown().stream().map(FeedEntry::id).toList());
        assertNull(screen.goOnBefore());
    }

    @Test
    void moreThanAScreenGoesOnJustAfterTheCutSoEntriesAtTheCutComeNext() {
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(at(i, T.plusSeconds(i)));
        }
        entries.add(at(9, T.plusSeconds(2))); // the same time as entry 2
        FeedEntries.Screen screen = FeedEntries.cut(entries, 3);
        // The 4th newest is at T+2: entries at T+2 wait for the next screen, whose window ends just after T+2.
        assertEquals(List.of(4L, 3L), screen.shown().stream().map(FeedEntry::id).toList());
        assertEquals(T.plusSeconds(2).plus(1, ChronoUnit.MICROS), screen.goOnBefore());
    }

    @Test
    void aScreenfulAtOneInstantStillMovesOn() {
        FeedEntries.Screen screen = FeedEntries.cut(List.of(at(1, T), at(2, T), at(3, T)), 2);
        assertEquals(2, screen.shown().size());
        assertEquals(T, screen.goOnBefore());
    }
}
