package app.quad.jobs.internal.postings;

import app.quad.jobs.Postings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Closes postings after their deadline, every ten minutes. Search and applying check the deadline
 * themselves, so a posting is never open a minute late; the sweep keeps the stored status honest
 * for the employer's list. Timers are not persistent: a missed run is made up by the next one.
 */
@Singleton
class PostingExpiry {

    private static final Logger LOG = Logger.getLogger(PostingExpiry.class.getName());

    @Inject
    Postings postings;

    @Inject
    PostingSettings settings;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    void sweep() {
        int closed = postings.closeExpired(settings.today());
        if (closed > 0) {
            LOG.info(() -> "closed " + closed + " job postings after their deadline");
        }
    }
}
