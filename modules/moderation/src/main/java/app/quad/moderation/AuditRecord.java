package app.quad.moderation;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actorId    who acted, or null for the system (or someone since erased)
 * @param targetKind what was acted on, such as {@code networking.post} or {@code identity.member}
 */
public record AuditRecord(long id, Instant at, Long actorId, String actorName, String action, String targetKind, Long targetId,
                          String reason) {
}
