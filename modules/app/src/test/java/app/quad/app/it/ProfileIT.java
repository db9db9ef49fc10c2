package app.quad.app.it;

import app.quad.app.it.support.EventLog;
import app.quad.identity.Accounts;
import app.quad.identity.EducationEntry;
import app.quad.identity.EmployerSignUpRequest;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.ProjectEntry;
import app.quad.identity.Role;
import app.quad.identity.Viewer;
import app.quad.identity.Visibility;
import app.quad.networking.Connections;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Profiles on the real server: every read path against the visibility table, the directory
 * opt-out, the disclosure log. (Editing, "view as" and a second person's view in the browser are
 * in AccessIT, which already runs a browser.)
 */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    Connections connections;

    @Inject
    app.quad.identity.Disclosures disclosures;

    @Inject
    EventLog events;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    /** Everyone who may look at a student's profile, as the visibility table names them. */
    private record Cast(long student, long campus, long connection, long verifiedEmployer, long pendingEmployer) {
    }

    private Cast cast() {
        String tag = Long.toString(System.nanoTime());
        long student = open("student." + tag + "@campus.example.edu", Role.STUDENT, null);
        long campus = open("classmate." + tag + "@campus.example.edu", Role.STUDENT, null);
        long connection = open("friend." + tag + "@campus.example.edu", Role.ALUMNI, null);
        connections.accept(student, connections.request(connection, student, "We met at the fall career fair."));
        long staff = open("staff." + tag + "@campus.example.edu", Role.STAFF, null);
        long verifiedOrg = organisations.addVerified(staff, "Verified " + tag, "https://v" + tag + ".example.com", "v" + tag + ".example.com");
        long verifiedEmployer = open("hr@v" + tag + ".example.com", Role.EMPLOYER, verifiedOrg);
        long pendingPerson = organisations.signUpEmployer(new EmployerSignUpRequest("Pending " + tag, "https://p" + tag + ".example.com",
                "hr@p" + tag + ".example.com", "Pen Ding", PASSWORD));
        // Confirm the address directly: only the organisation should be pending.
        execute("UPDATE identity_account SET status = 'ACTIVE', verified_at = NOW(6) WHERE id = ?", pendingPerson);
        return new Cast(student, campus, connection, verifiedEmployer, pendingPerson);
    }

    @Test
    void everyReadPathShowsEachPartOnlyToItsAudience() {
        Cast cast = cast();
        profiles.updateDetails(cast.student(), new ProfileDetails("Data science junior", "<p>I like <b>SQL</b></p>", "Springfield", "she/her"));
        profiles.addEducation(cast.student(), EducationEntry.input("State University", "BSc", "Data Science", 2023, 2027));
        profiles.setSkills(cast.student(), List.of("SQL", "Python", "sql"));
        Map<ProfileSection, Visibility> settings = new EnumMap<>(ProfileSection.class);
        settings.put(ProfileSection.PROFILE, Visibility.PUBLIC);
        settings.put(ProfileSection.HEADLINE, Visibility.PUBLIC);
        settings.put(ProfileSection.ABOUT, Visibility.CAMPUS);
        settings.put(ProfileSection.LOCATION, Visibility.CONNECTIONS);
        settings.put(ProfileSection.EDUCATION, Visibility.EMPLOYERS);
        settings.put(ProfileSection.PRONOUNS, Visibility.ONLY_ME);
        settings.forEach((section, visibility) -> profiles.setVisibility(cast.student(), section, visibility));

        record Expectation(Long viewer, Viewer.Perspective perspective, Set<ProfileSection> shown) {
        }
        List<Expectation> table = List.of(
                new Expectation(null, Viewer.Perspective.ANONYMOUS, Set.of(ProfileSection.PROFILE, ProfileSection.HEADLINE)),
                new Expectation(cast.campus(), Viewer.Perspective.CAMPUS, Set.of(ProfileSection.PROFILE, ProfileSection.HEADLINE,
                        ProfileSection.ABOUT, ProfileSection.SKILLS, ProfileSection.PHOTO, ProfileSection.EXPERIENCE, ProfileSection.PROJECTS)),
                new Expectation(cast.connection(), Viewer.Perspective.CONNECTION, Set.of(ProfileSection.PROFILE, ProfileSection.HEADLINE,
                        ProfileSection.ABOUT, ProfileSection.LOCATION, ProfileSection.SKILLS, ProfileSection.PHOTO, ProfileSection.EXPERIENCE,
                        ProfileSection.PROJECTS)),
                new Expectation(cast.verifiedEmployer(), Viewer.Perspective.EMPLOYER, Set.of(ProfileSection.PROFILE, ProfileSection.HEADLINE,
                        ProfileSection.EDUCATION)),
                new Expectation(cast.pendingEmployer(), null, Set.of(ProfileSection.PROFILE, ProfileSection.HEADLINE)));

        for (Expectation expected : table) {
            ProfileView seen = profiles.view(cast.student(), expected.viewer()).orElseThrow();
            assertEquals(expected.shown(), seen.shown(), "viewer " + expected.viewer());
            assertHiddenPartsAreEmpty(seen);
            if (expected.perspective() != null) {
                assertEquals(seen, profiles.preview(cast.student(), expected.perspective()),
                        "\"view as\" " + expected.perspective() + " must show exactly what that viewer sees");
            }
        }
        ProfileView own = profiles.view(cast.student(), cast.student()).orElseThrow();
        assertEquals("she/her", own.pronouns());
        assertEquals(List.of("Python", "SQL"), own.skills(), "skills are unique regardless of case");
        assertEquals("<p>I like <b>SQL</b></p>", own.aboutHtml());
    }

    private static void assertHiddenPartsAreEmpty(ProfileView view) {
        if (!view.shows(ProfileSection.HEADLINE)) {
            assertNull(view.headline());
        }
        if (!view.shows(ProfileSection.ABOUT)) {
            assertNull(view.aboutHtml());
        }
        if (!view.shows(ProfileSection.LOCATION)) {
            assertNull(view.location());
        }
        if (!view.shows(ProfileSection.PRONOUNS)) {
            assertNull(view.pronouns());
        }
        if (!view.shows(ProfileSection.EDUCATION)) {
            assertTrue(view.education().isEmpty());
        }
        if (!view.shows(ProfileSection.SKILLS)) {
            assertTrue(view.skills().isEmpty());
        }
        if (!view.shows(ProfileSection.CONTACT)) {
            assertNull(view.email());
        }
    }

    @Test
    void aCampusProfileIsInvisibleToVisitorsAndEmployers() {
        Cast cast = cast();
        assertEquals(Optional.empty(), profiles.view(cast.student(), null));
        assertEquals(Optional.empty(), profiles.view(cast.student(), cast.verifiedEmployer()));
        assertTrue(profiles.view(cast.student(), cast.campus()).isPresent());
        assertTrue(profiles.preview(cast.student(), Viewer.Perspective.ANONYMOUS).shown().isEmpty());
    }

    @Test
    void aStudentOutOfTheDirectoryIsInvisibleToEmployersEvenWhenConnected() throws SQLException {
        Cast cast = cast();
        profiles.setVisibility(cast.student(), ProfileSection.PROFILE, Visibility.PUBLIC);
        connections.accept(cast.verifiedEmployer(), connections.request(cast.student(), cast.verifiedEmployer(), "We talked at your booth at the fair."));
        assertTrue(profiles.view(cast.student(), cast.verifiedEmployer()).isPresent());

        profiles.setDirectoryOptOut(cast.student(), true);
        assertTrue(events.events().contains(new app.quad.identity.DirectoryOptOutChanged(cast.student(), true)));
        assertEquals(Optional.empty(), profiles.view(cast.student(), cast.verifiedEmployer()));
        assertEquals(Optional.empty(), profiles.view(cast.student(), cast.pendingEmployer()));
        assertTrue(profiles.view(cast.student(), cast.campus()).isPresent(), "campus members still see the profile");
        assertTrue(profiles.view(cast.student(), null).isPresent(), "a public profile stays public to visitors");
    }

    @Test
    void everyEmployerViewOfAStudentIsLoggedAndNothingElseIs() throws SQLException {
        Cast cast = cast();
        profiles.setVisibility(cast.student(), ProfileSection.PROFILE, Visibility.PUBLIC);
        long before = count("SELECT COUNT(*) FROM identity_disclosure WHERE student_id = ?", cast.student());
        profiles.view(cast.student(), cast.verifiedEmployer());
        profiles.view(cast.student(), cast.pendingEmployer());
        profiles.view(cast.student(), cast.campus());
        profiles.view(cast.student(), null);
        profiles.preview(cast.student(), Viewer.Perspective.EMPLOYER);
        assertEquals(before + 2, count("SELECT COUNT(*) FROM identity_disclosure WHERE student_id = ?", cast.student()));
        assertEquals(1, count("SELECT COUNT(*) FROM identity_disclosure WHERE student_id = ? AND employer_id = ? AND what = 'PROFILE'",
                cast.student(), cast.verifiedEmployer()));
    }

    @Test
    void aStudentReadsTheirLogNewestFirstAndOnlyStaffExportIt() throws Exception {
        Cast cast = cast();
        profiles.setVisibility(cast.student(), ProfileSection.PROFILE, Visibility.PUBLIC);
        profiles.view(cast.student(), cast.pendingEmployer());
        profiles.view(cast.student(), cast.verifiedEmployer());
        var log = disclosures.ofStudent(cast.student(), 0, 10);
        assertEquals(2, log.total());
        assertEquals(cast.verifiedEmployer(), log.items().get(0).employerId(), "newest first");
        assertTrue(log.items().get(0).organisationName().startsWith("Verified "));

        java.io.StringWriter out = new java.io.StringWriter();
        assertThrows(SecurityException.class, () -> disclosures.exportCsv(cast.campus(), java.time.Instant.EPOCH,
                java.time.Instant.now().plusSeconds(60), out));
        long staff = open("exporter." + System.nanoTime() + "@campus.example.edu", Role.STAFF, null);
        disclosures.exportCsv(staff, java.time.Instant.now().minusSeconds(600), java.time.Instant.now().plusSeconds(60), out);
        long rows = out.toString().lines().filter(line -> line.contains("," + cast.student() + ",")).count();
        assertEquals(2, rows);
    }

    @Test
    void badEntriesAreRefusedAtTheirFieldAndChangeNothing() {
        Cast cast = cast();
        assertEquals("headline", assertThrows(Rejection.class, () -> profiles.updateDetails(cast.student(),
                new ProfileDetails("x".repeat(161), null, null, null))).field());
        assertEquals("school", assertThrows(Rejection.class, () -> profiles.addEducation(cast.student(),
                EducationEntry.input(" ", null, null, null, null))).field());
        assertEquals("educationYears", assertThrows(Rejection.class, () -> profiles.addEducation(cast.student(),
                EducationEntry.input("State", null, null, 2027, 2023))).field());
        assertEquals("projectUrl", assertThrows(Rejection.class, () -> profiles.addProject(cast.student(),
                ProjectEntry.input("Thing", "javascript:alert(1)", null))).field());
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(1, 51).mapToObj(i -> "Skill " + i).toList();
        assertEquals("skills", assertThrows(Rejection.class, () -> profiles.setSkills(cast.student(), tooMany)).field());
        assertTrue(profiles.view(cast.student(), cast.student()).orElseThrow().education().isEmpty());
        assertTrue(profiles.view(cast.student(), cast.student()).orElseThrow().skills().isEmpty());
    }

    @Test
    void editingAnAttestedEntryTakesTheAttestationAway() {
        Cast cast = cast();
        long staff = open("attester." + System.nanoTime() + "@campus.example.edu", Role.STAFF, null);
        long entry = profiles.addEducation(cast.student(), EducationEntry.input("State University", "BSc", "History", 2022, 2026));
        assertThrows(SecurityException.class, () -> profiles.attestEducation(cast.campus(), entry));
        profiles.attestEducation(staff, entry);
        assertTrue(profiles.view(cast.student(), cast.student()).orElseThrow().education().get(0).attested());
        profiles.updateEducation(cast.student(), entry, EducationEntry.input("State University", "BSc", "History", 2022, 2026));
        assertTrue(profiles.view(cast.student(), cast.student()).orElseThrow().education().get(0).attested(), "unchanged keeps it");
        profiles.updateEducation(cast.student(), entry, EducationEntry.input("State University", "MSc", "History", 2022, 2026));
        assertFalse(profiles.view(cast.student(), cast.student()).orElseThrow().education().get(0).attested());
        assertThrows(Rejection.class, () -> profiles.removeEducation(cast.campus(), entry), "nobody edits another's entry");
    }

    private long open(String email, Role role, Long organisationId) {
        return accounts.register(new NewAccount(email, "Test " + role, PASSWORD, Set.of(role), organisationId));
    }

    private void execute(String sql, Object... params) {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
