package app.quad.networking;

import java.time.Instant;

public record SentRequest(long requestId, long recipientId, String recipientName, String note, Instant sentAt) {
}
