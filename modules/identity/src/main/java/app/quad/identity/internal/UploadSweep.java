package app.quad.identity.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes upload files that no row refers to, hourly ({@link UploadLeftovers} decides which). An
 * enterprise bean for its timer; a singleton, so one sweep runs at a time. Without a transaction,
 * because walking a large folder may take longer than one should last.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UploadSweep {

    private static final Logger LOG = Logger.getLogger(UploadSweep.class.getName());

    @Inject
    UploadFiles files;

    @Inject
    UploadRecords records;

    @Schedule(hour = "*", minute = "47", persistent = false)
    public void sweep() {
        try {
            sweep(Instant.now());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sweeping the uploads folder failed; trying again in an hour", e);
        }
    }

    /** @return how many files were removed */
    public int sweep(Instant now) throws IOException {
        int removed = new UploadLeftovers(files.root()).sweep(now, records::existingKeys);
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " upload files that no upload refers to"
                    + " (left by a stop during an upload or a deletion)");
        }
        return removed;
    }
}
