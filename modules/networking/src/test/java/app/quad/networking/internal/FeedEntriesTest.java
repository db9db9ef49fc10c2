package app.quad.networking.internal;

import app.quad.networking.FeedContributor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedPosition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedEntriesTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static FeedEntry at(long id, Instant at) {
        return at("test.thing", id, at);
    }

    private static FeedEntry at(String kind, long id, Instant at) {
        return new FeedEntry(kind, id, 1, "A", at, "t", "x", "/x", "in X");
    }

    /** A contributor as the port asks for: a keyset query over its stored entries. */
    private static FeedContributor contributor(List<FeedEntry> stored) {
        return (viewer, from, after, max) -> stored.stream().filter(entry -> !entry.at().isBefore(from) && after.isBefore(entry))
                .sorted(Comparator.comparing(FeedEntry::at).thenComparing(FeedEntry::id).reversed()).limit(max).toList();
    }

    @Test
    void aWindowWithinAScreenIsShownWholeNewestFirst() {
        FeedEntries.Screen screen = FeedEntries.cut(List.of(at(1, T), at(2, T.plusSeconds(5))), 3);
        assertEquals(List.of(2L, 1L), screen.shown().stream().map(FeedEntry::id).toList());
        assertNull(screen.goOnAfter());
    }

    @Test
    void moreThanAScreenGoesOnRightAfterTheLastShown() {
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(at(i, T.plusSeconds(i)));
        }
        entries.add(at(9, T.plusSeconds(2))); // the same time as entry 2
        FeedEntries.Screen screen = FeedEntries.cut(entries, 3);
        assertEquals(List.of(4L, 3L, 9L), screen.shown().stream().map(FeedEntry::id).toList(), "at one time, the highest id first");
        assertEquals(new FeedPosition(T.plusSeconds(2), "test.thing", 9), screen.goOnAfter());
        assertTrue(screen.goOnAfter().isBefore(at(2, T.plusSeconds(2))), "entry 2 comes next");
    }

    @Test
    void pagingThroughMoreThanAScreenfulAtOneInstantShowsEachEntryOnce() {
        List<FeedEntry> things = new ArrayList<>();
        List<FeedEntry> others = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            things.add(at(i, T));
            others.add(at("other.kind", i, T)); // the same ids at the same time, from another module
        }
        things.add(at(30, T.plusSeconds(1)));
        others.add(at("other.kind", 31, T.minusSeconds(1)));
        List<String> seen = new ArrayList<>();
        FeedPosition after = FeedPosition.before(T.plusSeconds(60));
        for (int screen = 0; after != null && screen < 20; screen++) {
            FeedEntries.Screen page = FeedEntries.screen(List.of(contributor(things), contributor(others)), 1, T.minusSeconds(60), after, 10);
            assertTrue(page.shown().size() <= 10);
            page.shown().forEach(entry -> seen.add(entry.kind() + " " + entry.id()));
            after = page.goOnAfter();
        }
        assertEquals(things.size() + others.size(), seen.size(), "none lost or repeated: " + seen);
        assertEquals(things.size() + others.size(), Set.copyOf(seen).size(), "none twice: " + seen);
    }

    @Test
    void aContributorGoesOnWithinATimeByKindThenId() {
        FeedPosition at = new FeedPosition(T, "b.thing", 7);
        assertEquals(Long.MIN_VALUE, at.idBelow("a.thing"), "a kind before it at that time was shown already");
        assertEquals(7, at.idBelow("b.thing"));
        assertEquals(Long.MAX_VALUE, at.idBelow("c.thing"), "a kind after it at that time is still to come");
        assertEquals(Long.MIN_VALUE, FeedPosition.before(T).idBelow("a.thing"), "nothing at the time itself");
    }
}
