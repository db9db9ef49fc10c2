package app.quad.app.demo;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.jobs.EventKind;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * A campus career fair next Friday with a few organisations at their booths, Ben going (and showing
 * it to his connections, so Ada sees him) and Ada's seat. Skipped while a demo fair is still coming.
 */
@ApplicationScoped
class DemoEvents {

    static final String FAIR = "Campus career fair";

    @Inject
    Accounts accounts;

    @Inject
    Events events;

    @Inject
    @ConfigProperty(name = "quad.campus-zone", defaultValue = "UTC")
    String campusZone;

    /** @return whether the fair was set up now */
    boolean setUp() {
        long sam = id("sam.taylor@example.edu");
        if (events.upcoming(sam, 0, 100).items().stream().anyMatch(event -> event.title().equals(FAIR))) {
            return false;
        }
        LocalDate friday = LocalDate.now(ZoneId.of(campusZone)).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        long fair = events.create(sam, new NewEvent(FAIR, EventKind.CAREER_FAIR, false, "Student Union, Hall B", null,
                friday.atTime(LocalTime.of(10, 0)), friday.atTime(LocalTime.of(15, 0)), campusZone, 300, null,
                "<p>Meet employers hiring for internships and first jobs. Bring a printed CV; the career center reviews CVs"
                        + " on Wednesday afternoon.</p>", null)).id();
        events.addBooth(sam, fair, "Northwind Traders", "A1");
        events.addBooth(sam, fair, "Contoso Engineering", "B4");
        events.addBooth(sam, fair, "Fabrikam Health", "C2");
        events.addBooth(sam, fair, "Robotics team rover demo", "12");
        events.rsvp(id("ben.carter@example.edu"), fair, true);
        events.rsvp(id("ada.okafor@example.edu"), fair, false);
        return true;
    }

    private long id(String email) {
        return accounts.findByEmail(email).map(AccountSummary::id).orElseThrow();
    }
}
