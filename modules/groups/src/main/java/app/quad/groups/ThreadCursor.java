package app.quad.groups;

import java.time.Instant;

/** Where the next screen of a group's threads starts: after the last thread shown (keyset on newest activity, then id). */
public record ThreadCursor(Instant before, long beforeId) {

    public static final ThreadCursor START = new ThreadCursor(null, 0);
}
