package app.quad.jobs.internal.postings;

import app.quad.jobs.Postings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes postings after their deadline, every ten minutes, like the outbox worker schedules its
 * work. Search and applying check the deadline themselves, so a posting is never open a minute
 * late; the sweep keeps the stored status honest for the employer's list. Tests call
 * {@link Postings#closeExpired} directly.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class PostingExpiry {

    private static final Logger LOG = Logger.getLogger(PostingExpiry.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Postings postings;

    @Inject
    PostingSettings settings;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::sweep, 1, 10, TimeUnit.MINUTES);
    }

    private void sweep() {
        try {
            int closed = postings.closeExpired(settings.today());
            if (closed > 0) {
                LOG.info(() -> "Jobs: closed " + closed + " posting(s) after their deadline");
            }
        } catch (RuntimeException e) {
            // Never let an exception cancel the schedule; the next run tries again.
            LOG.log(Level.WARNING, "Closing expired postings failed; retrying in ten minutes", e);
        }
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }
}
