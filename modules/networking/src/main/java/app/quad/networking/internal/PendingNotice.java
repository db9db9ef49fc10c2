package app.quad.networking.internal;

import java.time.Instant;

/** A notice waiting for its digest, as the digest reads it. */
record PendingNotice(long id, String text, String link, Instant createdAt, boolean read) {
}
