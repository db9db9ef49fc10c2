package app.quad.app.demo;

import app.quad.identity.Accounts;
import app.quad.identity.CampusDomains;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the demo members when {@code quad.demo-data} is on (the embedded run turns it on).
 * Members that already exist are left alone, so restarts keep whatever was changed.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    /** Documented in README; demo installations only. */
    static final String PASSWORD = "quad-demo-password";

    /** The demo campus; students sign up with addresses here. */
    static final String CAMPUS_DOMAIN = "example.edu";

    static final List<NewAccount> MEMBERS = List.of(
            member("ada.okafor@example.edu", "Ada Okafor", Role.STUDENT),
            member("ben.carter@example.edu", "Ben Carter", Role.STUDENT),
            member("chen.wei@example.edu", "Chen Wei", Role.STUDENT),
            member("dana.ruiz@alumni.example.edu", "Dana Ruiz", Role.ALUMNI),
            member("sam.taylor@example.edu", "Sam Taylor", Role.STAFF, Role.MODERATOR),
            member("admin@example.edu", "Quad Administrator", Role.ADMIN));

    /** The demo employer, a person of a verified organisation. */
    static final String EMPLOYER = "priya.nair@northwind.example.com";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    @ConfigProperty(name = "quad.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    Accounts accounts;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Organisations organisations;

    @Inject
    DemoProfiles demoProfiles;

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    DemoGroups demoGroups;

    @Inject
    DemoJobs demoJobs;

    @Inject
    DemoEvents demoEvents;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        campusDomains.add(CAMPUS_DOMAIN);
        long added = MEMBERS.stream()
                .filter(member -> accounts.findByEmail(member.email()).isEmpty())
                .peek(accounts::register)
                .count();
        boolean employerAdded = accounts.findByEmail(EMPLOYER).isEmpty();
        if (employerAdded) {
            long admin = accounts.findByEmail("admin@example.edu").orElseThrow().id();
            long northwind = organisations.addVerified(admin, "Northwind Traders", "https://www.northwind.example.com",
                    "northwind.example.com");
            accounts.register(new NewAccount(EMPLOYER, "Priya Nair", PASSWORD, Set.of(Role.EMPLOYER), northwind));
        }
        long total = added + (employerAdded ? 1 : 0);
        int profilesFilled = demoProfiles.fillIn();
        boolean network = demoNetwork.setUp();
        boolean groupsSetUp = demoGroups.setUp();
        boolean jobs = demoJobs.setUp();
        boolean fair = fair();
        LOG.info(() -> "Demo data: " + total + " member(s) added, " + (MEMBERS.size() + 1 - total) + " already present, "
                + profilesFilled + " profile(s) filled in" + (network ? ", a small network set up" : "")
                + (groupsSetUp ? ", three groups with threads" : "") + (jobs ? ", a few job postings added" : "")
                + (fair ? ", a career fair added" : ""));
    }

    /** The demo fair is a nicety: should it fail (say, for an odd campus zone), the rest of the demo still loads. */
    private boolean fair() {
        try {
            return demoEvents.setUp();
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Demo data: the career fair could not be added", e);
            return false;
        }
    }

    private static NewAccount member(String email, String name, Role... roles) {
        return new NewAccount(email, name, PASSWORD, Set.of(roles));
    }
}
