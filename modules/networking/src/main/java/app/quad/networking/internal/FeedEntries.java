package app.quad.networking.internal;

import app.quad.networking.FeedContributor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedPosition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which contributed entries one screen of the home feed shows: those in the screen's window, at most
 * a screen's worth. When the window holds more, the screen shows the first in the feed's order
 * ({@link FeedPosition}) and the next screen goes on right after the last of them, so no entry is
 * lost or shown twice, even among entries posted at the same time.
 */
final class FeedEntries {

    /** The feed's order of entries, as {@link FeedPosition} describes it. */
    static final Comparator<FeedEntry> ORDER = Comparator.comparing(FeedEntry::at).reversed()
            .thenComparing(FeedEntry::kind).thenComparing(FeedEntry::id, Comparator.reverseOrder());

    /**
     * @param shown   entries for the screen, in the feed's order (before the viewer's mutes and blocks)
     * @param goOnAfter where the next screen's entries start (right after it), or null when this screen took all of its window
     */
    record Screen(List<FeedEntry> shown, FeedPosition goOnAfter) {
    }

    private FeedEntries() {
    }

    /** The entries posted at or after {@code from} that come after {@code after}, at most {@code max} of them. */
    static Screen screen(Iterable<FeedContributor> contributors, long viewerId, Instant from, FeedPosition after, int max) {
        List<FeedEntry> all = new ArrayList<>();
        if (!from.isAfter(after.at())) {
            for (FeedContributor contributor : contributors) {
                all.addAll(contributor.entries(viewerId, from, after, max + 1));
            }
        }
        return cut(all, max);
    }

    /**
     * Each contributor gave its first max + 1 after the place, so the first max of them all are the
     * first max of the window, and any it left out come after the last of them.
     */
    static Screen cut(List<FeedEntry> entries, int max) {
        List<FeedEntry> all = new ArrayList<>(entries);
        all.sort(ORDER);
        if (all.size() <= max) {
            return new Screen(all, null);
        }
        FeedEntry last = all.get(max - 1);
        return new Screen(all.subList(0, max), new FeedPosition(last.at(), last.kind(), last.id()));
    }
}
