package app.quad.networking;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedPageTest {

    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private static Post post(long id, int minutes) {
        return new Post(id, 1, "A", "text", PostAudience.CAMPUS, T.plusSeconds(minutes * 60L), Map.of(), null, 0, null, null);
    }

    private static FeedEntry entry(long id, int minutes) {
        return new FeedEntry("test.thing", id, 2, "B", T.plusSeconds(minutes * 60L), "title", "text", "/x", "in X");
    }

    @Test
    void entriesGoBeforeTheFirstOlderPostAndPostsKeepTheirRankedOrder() {
        // Post 2 was moved up by the ranking although post 1 is newer.
        FeedPage page = new FeedPage(List.of(post(2, 30), post(1, 50), post(3, 10)),
                List.of(entry(7, 5), entry(8, 40), entry(9, 60), entry(6, 30)), null);
        assertEquals(List.of("e9", "e8", "p2", "p1", "e6", "p3", "e7"),
                page.items().stream().map(item -> item instanceof Post p ? "p" + p.id() : "e" + ((FeedEntry) item).id()).toList());
    }

    @Test
    void aPageWithoutEntriesIsItsPosts() {
        FeedPage page = new FeedPage(List.of(post(1, 2), post(2, 1)), null);
        assertEquals(page.posts(), page.items());
        assertEquals(List.of(), page.entries());
    }

    @Test
    void anEntrysCardShowsTheStartOfItsTextWhichItKeepsWhole() {
        String text = "x".repeat(FeedEntry.EXCERPT - 2) + "\uD83D\uDE00" + " and a muted word at the end";
        FeedEntry entry = new FeedEntry("test.thing", 1, 2, "B", T, "title", text, "/x", "in X");
        assertEquals(text, entry.text(), "muted words are looked for in all of it");
        assertEquals("x".repeat(FeedEntry.EXCERPT - 2) + "\u2026", entry.excerpt(), "cut before the emoji, not through it");
        assertEquals("short", new FeedEntry("test.thing", 1, 2, "B", T, "title", "short", "/x", "in X").excerpt());
    }
}
