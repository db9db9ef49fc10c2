package app.quad.moderation;

import java.time.Instant;

/** An author's one appeal against a case's decision. */
public record Appeal(long id, long caseId, long authorId, String text, AppealStatus status, Instant createdAt, String answer) {
}
