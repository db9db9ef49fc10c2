package app.quad.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/**
 * Deletes delivered outbox rows once they are older than the retention period: a delivered mail
 * still holds its text, including single-use links and personal data, and is of no further use.
 * Failed rows stay until someone has looked at them.
 */
@ApplicationScoped
public class OutboxPurge {

    /** Rows per transaction, so a large backlog never holds long locks. */
    static final int BATCH = 1000;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxSettings settings;

    /** @return how many rows were deleted */
    public int purge(Instant now) {
        Instant before = now.minus(settings.keepDelivered());
        int total = 0;
        int deleted;
        do {
            deleted = delivery.deleteDelivered(before, BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
