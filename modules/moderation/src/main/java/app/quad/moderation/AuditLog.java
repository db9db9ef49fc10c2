package app.quad.moderation;

import app.quad.platform.ResultPage;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The append-only log of every moderator and staff action: moderation's own, and identity's role
 * changes, suspensions, verifications and attestations. Nothing changes or deletes an entry, except
 * erasure, which clears a person's ids.
 */
public interface AuditLog {

    /**
     * @param text   matched against the action, target kind and reason; null or blank for any
     * @param actor  only this actor's entries, or null
     * @param from   inclusive, or null
     * @param to     exclusive, or null
     * @throws SecurityException unless the viewer is an administrator
     */
    ResultPage<AuditRecord> search(long adminId, String text, Long actor, Instant from, Instant to, int first, int max);

    /** Writes every matching entry as CSV, oldest first. */
    void export(long adminId, String text, Long actor, Instant from, Instant to, Writer out) throws IOException;
}
