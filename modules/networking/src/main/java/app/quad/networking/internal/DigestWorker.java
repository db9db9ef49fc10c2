package app.quad.networking.internal;

import app.quad.networking.NotificationCentre;
import app.quad.networking.NotificationDigests;
import app.quad.platform.Delivery;
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
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the digests that are due, and deletes notices past their time, checking every few minutes rather than waking at the hour: the
 * schedule is worked out from the clock each time ({@link DigestSchedule}), so a server that was
 * down or busy at seven catches up, and every server of a cluster may check (the per-person
 * locks in {@link PersonalDigest} keep a digest from going out twice).
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DigestWorker {

    private static final Logger LOG = Logger.getLogger(DigestWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationDigests digests;

    @Inject
    NotificationConfig config;

    @Inject
    NotificationCentre centre;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        DigestSchedule schedule = config.schedule();
        long minutes = config.checkInterval().toMinutes();
        task = scheduler.scheduleWithFixedDelay(() -> check(schedule), 1, minutes, TimeUnit.MINUTES);
        LOG.info(() -> "Notification digests: daily at " + schedule.time() + ", weekly on " + schedule.weeklyOn()
                + ", " + schedule.zone() + " time; checked every " + minutes + " minute(s)");
    }

    private void check(DigestSchedule schedule) {
        Instant now = Instant.now();
        try {
            int purged = centre.deleteOlderThan(now.minus(config.keep()));
            if (purged > 0) {
                LOG.info(() -> "Notifications: deleted " + purged + " older than " + config.keep().toDays() + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Deleting old notifications failed; retrying at the next check", e);
        }
        for (Delivery period : List.of(Delivery.DAILY_DIGEST, Delivery.WEEKLY_DIGEST)) {
            try {
                int sent = digests.send(period, schedule.latestBoundary(period, now));
                if (sent > 0) {
                    LOG.info(() -> "Notification digests: queued " + sent + " " + period + " mail(s)");
                }
            } catch (RuntimeException e) {
                // Never let an exception cancel the schedule; the next check tries again.
                LOG.log(Level.SEVERE, e, () -> "Sending the " + period + " failed; retrying at the next check");
            }
        }
    }

    @PreDestroy
    void stop() {
        task.cancel(false);
    }
}
