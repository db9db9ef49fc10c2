package app.quad.networking;

import java.time.Instant;

/** One of a member's connections. */
public record Contact(long connectionId, long accountId, String displayName, Instant since, boolean metInPerson) {
}
