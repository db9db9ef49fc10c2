package app.quad.platform.internal;

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

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Drains the outbox on a fixed delay, once the schema is in place. */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxDelivery delivery;

    @Inject
    OutboxSettings settings;

    @Inject
    OutboxPurge purge;

    private ScheduledFuture<?> task;

    private ScheduledFuture<?> purging;

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::drain, interval, interval, TimeUnit.MILLISECONDS);
        purging = scheduler.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    private void purge() {
        try {
            int deleted = purge.purge(Instant.now());
            if (deleted > 0) {
                LOG.info(() -> "Outbox: deleted " + deleted + " delivered message(s) past the retention period");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox purge failed; retrying in an hour", e);
        }
    }

    private void drain() {
        try {
            while (delivery.deliverNext()) {
                // keep going while messages are due
            }
        } catch (RuntimeException e) {
            // Never let an exception cancel the schedule; the next run tries again.
            LOG.log(Level.SEVERE, "Outbox delivery failed; retrying on the next run", e);
        }
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
        purging.cancel(false);
    }
}
