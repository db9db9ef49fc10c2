package app.quad.networking;

import java.io.Serializable;
import java.time.Instant;

/** One message as stored: plain text, which pages escape. */
public record Message(long messageId, long senderId, String text, Instant sentAt) implements Serializable {
}
