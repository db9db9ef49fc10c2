package app.quad.jobs.web.events;

import app.quad.jobs.EventSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Shows event times in the zone the host entered them in, naming the zone, and offers the zones a
 * host may choose: the campus zone first ({@code quad.campus-zone}), then every zone Java knows.
 */
@ApplicationScoped
public class EventTimes {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    @ConfigProperty(name = "quad.campus-zone", defaultValue = "UTC")
    String campusZone;

    private volatile List<String> zones;

    public String campusZone() {
        return campusZone;
    }

    public List<String> zones() {
        List<String> known = zones;
        if (known == null) {
            TreeSet<String> sorted = new TreeSet<>(ZoneId.getAvailableZoneIds());
            sorted.remove(campusZone);
            List<String> all = new java.util.ArrayList<>();
            all.add(campusZone);
            all.addAll(sorted.stream().filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/")).toList());
            all.add("UTC");
            zones = known = List.copyOf(new java.util.LinkedHashSet<>(all));
        }
        return known;
    }

    /** "Tue 3 Mar 2027, 10:00–16:00 (America/New_York)", or with both days when it spans several. */
    public String span(EventSummary event) {
        ZoneId zone = ZoneId.of(event.zone());
        var start = event.startsAt().atZone(zone);
        var end = event.endsAt().atZone(zone);
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end);
        return DAY_TIME.format(start) + "\u2013" + until + " (" + zone.getId() + ")";
    }

    public String at(Instant instant, String zone) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(ZoneId.of(zone))) + " (" + zone + ")";
    }
}
