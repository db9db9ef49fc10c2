package app.quad.identity;

import java.time.Instant;

/** One export of a person's data and how far it has got. */
public record DataExport(long id, Status status, int percent, Instant requestedAt, Instant finishedAt,
                         Instant expiresAt, long sizeBytes) {

    public enum Status { QUEUED, RUNNING, READY, FAILED }

    public boolean ready() {
        return status == Status.READY;
    }

    public boolean working() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
