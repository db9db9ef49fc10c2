package app.quad.networking;

import java.time.Instant;

public record PostComment(long id, long authorId, String authorName, String text, Instant at) {
}
