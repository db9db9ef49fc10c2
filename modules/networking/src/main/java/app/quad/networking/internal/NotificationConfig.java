package app.quad.networking.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/** The notification centre's settings, from MicroProfile Config (see config/quad.properties). */
@ApplicationScoped
public class NotificationConfig {

    @Inject
    @ConfigProperty(name = "quad.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "quad.notifications.digest-time", defaultValue = "07:00")
    String digestTime;

    @Inject
    @ConfigProperty(name = "quad.notifications.weekly-digest-day", defaultValue = "MONDAY")
    String weeklyDay;

    @Inject
    @ConfigProperty(name = "quad.notifications.time-zone", defaultValue = " ")
    String timeZone;

    @Inject
    @ConfigProperty(name = "quad.notifications.digest-check-minutes", defaultValue = "5")
    long checkMinutes;

    /** The address people reach Quad at, for links in mails; no trailing slash. */
    @Inject
    @ConfigProperty(name = "quad.notifications.keep-days", defaultValue = "90")
    int keepDays;

    /** How long a notice is kept once it no longer waits for a digest: notices are not an archive. */
    Duration keep() {
        return Duration.ofDays(Math.max(1, keepDays));
    }

    String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The campus's time zone: digests go out by its clock and pages show times in it. */
    public ZoneId zone() {
        String configured = timeZone == null ? "" : timeZone.strip();
        if (configured.isEmpty()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(configured);
        } catch (DateTimeException e) {
            throw new IllegalStateException("quad.notifications.time-zone is not a time zone such as America/Chicago: " + configured, e);
        }
    }

    DigestSchedule schedule() {
        return new DigestSchedule(LocalTime.parse(digestTime.strip()),
                DayOfWeek.valueOf(weeklyDay.strip().toUpperCase(Locale.ROOT)), zone());
    }

    /** When digests go out, in a sentence for the settings page. */
    public String describeSchedule() {
        DigestSchedule schedule = schedule();
        String day = schedule.weeklyOn().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String zoneName = schedule.zone().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return "Daily digests go out at " + schedule.time() + ", weekly digests on " + day + "s at " + schedule.time()
                + " (" + zoneName + ").";
    }

    Duration checkInterval() {
        return Duration.ofMinutes(Math.max(1, checkMinutes));
    }
}
