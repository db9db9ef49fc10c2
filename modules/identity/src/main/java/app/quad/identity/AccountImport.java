package app.quad.identity;

import java.time.Instant;

/**
 * One import file and how far it has got. {@code processed} counts the rows done so far, each of
 * which is in exactly one of created, updated, unchanged and rejected.
 *
 * @param problem why the import failed as a whole, when it did
 */
public record AccountImport(long id, String fileName, long staffAccountId, ImportStatus status,
                            int totalRows, int processed, int created, int updated, int unchanged, int rejected,
                            String problem, Instant queuedAt, Instant startedAt, Instant finishedAt) {

    /** Done, in whole percent. */
    public int percent() {
        return totalRows == 0 ? 100 : (int) (100L * processed / totalRows);
    }

    public boolean finished() {
        return status == ImportStatus.DONE || status == ImportStatus.FAILED;
    }
}
