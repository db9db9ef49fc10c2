package app.quad.networking;

import java.time.Instant;

/** One notice in a person's notification centre; {@code link} is a view path inside Quad. */
public record Notification(long id, String kind, String text, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
