package app.quad.networking.internal;

import app.quad.networking.FeedContributor;
import app.quad.networking.FeedEntry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which contributed entries one screen of the home feed shows: those in the screen's time window,
 * at most a screen's worth. When the window holds more, the screen shows the newest and says where
 * the next screen goes on, so no entry is lost or shown twice.
 */
final class FeedEntries {

    /**
     * @param shown      entries for the screen, newest first (before the viewer's mutes and blocks)
     * @param goOnBefore where the next screen's entries end (exclusive), or null when this screen took all of its window
     */
    record Screen(List<FeedEntry> shown, Instant goOnBefore) {
    }

    private FeedEntries() {
    }

    /** The entries in [from, before), at most {@code max} of them (see the class comment for the rest). */
    static Screen screen(Iterable<FeedContributor> contributors, long viewerId, Instant from, Instant before, int max) {
        List<FeedEntry> all = new ArrayList<>();
        if (from.isBefore(before)) {
            for (FeedContributor contributor : contributors) {
                all.addAll(contributor.entries(viewerId, from, before, max + 1));
            }
        }
        return cut(all, max);
    }

    /**
     * Each contributor gave at most max + 1: the max + 1st newest of them all (at {@code cut}) is no newer
     * than anything a contributor left out, so everything newer than the cut is here.
     */
    static Screen cut(List<FeedEntry> entries, int max) {
        List<FeedEntry> all = new ArrayList<>(entries);
        all.sort(Comparator.comparing(FeedEntry::at).reversed());
        if (all.size() <= max) {
            return new Screen(all, null);
        }
        Instant cut = all.get(max).at();
        List<FeedEntry> newer = all.stream().filter(entry -> entry.at().isAfter(cut)).toList();
        if (newer.isEmpty()) {
            // More than a screen's worth posted in the very same microsecond: show a screen of them and go on past it.
            return new Screen(all.subList(0, max), cut);
        }
        // Times are stored to the microsecond: the next screen ends just after the cut, so it starts with the entries at the cut.
        return new Screen(newer, cut.plus(1, ChronoUnit.MICROS));
    }
}
