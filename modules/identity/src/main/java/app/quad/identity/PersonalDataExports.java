package app.quad.identity;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * "Download your data": a zip archive of everything Quad holds about a person, assembled from
 * every module's {@link app.quad.platform.PersonalData} in the background.
 */
public interface PersonalDataExports {

    /**
     * Starts an export for the person, or returns the one already queued or running.
     *
     * @return the export's id
     */
    long request(long accountId);

    /** The person's most recent export that has not expired. */
    Optional<DataExport> latest(long accountId);

    /** One of the person's own exports; another person's is reported as missing. */
    Optional<DataExport> find(long accountId, long exportId);

    /**
     * The finished archive of one of the person's own exports; empty for anyone else's, for an
     * export that is not ready or has expired.
     */
    Optional<InputStream> open(long accountId, long exportId) throws IOException;
}
