package app.quad.identity;

import app.quad.platform.Rejection;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Career center staff open accounts for students and graduates from a CSV file (the format is in
 * docs/import.md). An import runs in the background; each row creates an invited account,
 * updates one, leaves one unchanged, or is rejected with its reason.
 */
public interface AccountImports {

    long MAX_FILE_BYTES = 10L * 1024 * 1024;

    int MAX_ROWS = 50_000;

    /**
     * Checks the file as a whole and queues its import.
     *
     * @return the import's id
     * @throws Rejection         (field {@code file}) when the file as a whole cannot be imported: too
     *                           large, not UTF-8, wrong columns, too many rows. Nothing changes then.
     * @throws SecurityException unless the account is active staff or an administrator
     */
    long start(long staffAccountId, String fileName, byte[] content);

    Optional<AccountImport> find(long importId);

    /** Newest first. An import that stopped moving (the server restarted) is reported failed. */
    List<AccountImport> recent(int first, int max);

    long count();

    /**
     * Writes the per-row report as CSV with the columns row, email, outcome, reason.
     *
     * @return false if there is no such import, and nothing was written
     */
    boolean writeReport(long importId, Writer out) throws IOException;
}
