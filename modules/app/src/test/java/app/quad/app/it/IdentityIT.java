package app.quad.app.it;

import app.quad.app.it.support.Await;
import app.quad.app.it.support.EventLog;
import app.quad.app.it.support.Mailbox;
import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountImports;
import app.quad.identity.Invitations;
import app.quad.identity.AccountQuery;
import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.AccountSuspended;
import app.quad.identity.AccountVerified;
import app.quad.identity.Accounts;
import app.quad.identity.CampusDomains;
import app.quad.identity.EmployerSignUpRequest;
import app.quad.identity.NewAccount;
import app.quad.identity.OrganisationRegistered;
import app.quad.identity.OrganisationRejected;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.OrganisationVerified;
import app.quad.identity.Organisations;
import app.quad.identity.Registration;
import app.quad.identity.Role;
import app.quad.identity.RolesChanged;
import app.quad.identity.SignUpRequest;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Identity's services on the real server and database: states, tokens, events, audit, organisations. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final String PASSWORD = "amber lantern orbit 77";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Inject
    Accounts accounts;

    @Inject
    Registration registration;

    @Inject
    CampusDomains campusDomains;

    @Inject
    AccountAdministration administration;

    @Inject
    Organisations organisations;

    @Inject
    EventLog events;

    @Inject
    AccountImports imports;

    @Inject
    Invitations invitations;

    @Inject
    app.quad.identity.Profiles profiles;

    @Inject
    app.quad.identity.Uploads uploads;

    /** A small real PNG, drawn here so no binary is committed. */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    private long admin;

    @BeforeEach
    void setUp() {
        campusDomains.add("state.example.edu");
        admin = open("admin." + System.nanoTime() + "@state.example.edu", Role.ADMIN);
    }

    @Test
    void aSignedUpAccountIsUnverifiedUntilItsLinkIsRedeemedOnce() {
        String email = "newcomer." + System.nanoTime() + "@state.example.edu";
        long id = registration.signUp(new SignUpRequest(email, "New Comer", PASSWORD, Role.STUDENT));
        assertEquals(AccountStatus.UNVERIFIED, accounts.find(id).orElseThrow().status());

        String token = tokenMailedTo(email);
        assertEquals(TokenOutcome.ACCEPTED, registration.verify(token));
        assertEquals(AccountStatus.ACTIVE, accounts.find(id).orElseThrow().status());
        assertTrue(events.contains(new AccountVerified(id)));
        assertEquals(TokenOutcome.USED, registration.verify(token));
    }

    @Test
    void aLinkPastItsExpiryOrReplacedByANewerOneDoesNotVerify() throws SQLException {
        String email = "late." + System.nanoTime() + "@state.example.edu";
        long id = registration.signUp(new SignUpRequest(email, "Late Comer", PASSWORD, Role.STUDENT));
        String first = tokenMailedTo(email);
        update("UPDATE identity_token SET expires_at = NOW(6) - INTERVAL 1 SECOND WHERE account_id = ?", id);
        assertEquals(TokenOutcome.EXPIRED, registration.verify(first));

        registration.resendVerification(email);
        Await.until(Duration.ofSeconds(20), () -> Mailbox.textsFor(email).size() == 2);
        assertEquals(AccountStatus.UNVERIFIED, accounts.find(id).orElseThrow().status());
        assertEquals(TokenOutcome.UNKNOWN, registration.verify("not-a-real-token"));
        assertEquals(TokenOutcome.UNKNOWN, registration.verify("x".repeat(500)));
        assertEquals(1, count("SELECT COUNT(*) FROM identity_token WHERE account_id = ? AND used_at IS NULL", id),
                "a new link retires the earlier one");
    }

    @Test
    void studentsNeedACampusAddressAndGraduatesDoNot() {
        Rejection outsider = assertThrows(Rejection.class, () -> registration.signUp(
                new SignUpRequest("out." + System.nanoTime() + "@mail.example.com", "Out", PASSWORD, Role.STUDENT)));
        assertEquals("email", outsider.field());
        registration.signUp(new SignUpRequest("grad." + System.nanoTime() + "@mail.example.com", "Grad", PASSWORD, Role.ALUMNI));
        registration.signUp(new SignUpRequest("sub." + System.nanoTime() + "@cs.state.example.edu", "Sub", PASSWORD, Role.STUDENT));
    }

    @Test
    void nobodySignsThemselvesUpAsStaff() {
        Rejection rejection = assertThrows(Rejection.class, () -> registration.signUp(
                new SignUpRequest("climber." + System.nanoTime() + "@state.example.edu", "Climber", PASSWORD, Role.ADMIN)));
        assertEquals("role", rejection.field());
    }

    @Test
    void changingRolesIsAuditedPublishedAndEndsSessions() throws SQLException {
        long student = open("promoted." + System.nanoTime() + "@state.example.edu", Role.STUDENT);
        long versionBefore = count("SELECT session_version FROM identity_account WHERE id = ?", student);

        administration.changeRoles(admin, student, Set.of(Role.STUDENT, Role.MODERATOR));

        assertEquals(Set.of(Role.STUDENT, Role.MODERATOR), accounts.find(student).orElseThrow().roles());
        assertTrue(events.contains(new RolesChanged(student)));
        assertEquals(versionBefore + 1, count("SELECT session_version FROM identity_account WHERE id = ?", student));
        assertEquals(1, count("SELECT COUNT(*) FROM identity_audit WHERE account_id = ? AND actor_id = ? AND action = 'ROLES_CHANGED'",
                student, admin));
    }

    @Test
    void onlyAnAdministratorChangesRolesAndNoneRemovesTheirOwn() {
        long student = open("plain." + System.nanoTime() + "@state.example.edu", Role.STUDENT);
        long staff = open("staff." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        assertThrows(SecurityException.class, () -> administration.changeRoles(staff, student, Set.of(Role.ADMIN)));
        assertThrows(SecurityException.class, () -> administration.changeRoles(student, student, Set.of(Role.ADMIN)));
        assertEquals(Set.of(Role.STUDENT), accounts.find(student).orElseThrow().roles());

        Rejection own = assertThrows(Rejection.class, () -> administration.changeRoles(admin, admin, Set.of(Role.STAFF)));
        assertEquals("roles", own.field());
        Rejection none = assertThrows(Rejection.class, () -> administration.changeRoles(admin, student, Set.of()));
        assertEquals("roles", none.field());
    }

    @Test
    void suspensionNeedsAReasonAndIsLiftedAgain() {
        long member = open("suspended." + System.nanoTime() + "@state.example.edu", Role.ALUMNI);
        assertEquals("reason", assertThrows(Rejection.class, () -> administration.suspend(admin, member, " ")).field());
        assertEquals("reason", assertThrows(Rejection.class, () -> administration.suspend(admin, admin, "me")).field());

        administration.suspend(admin, member, "Posted a scam job link");
        assertEquals(AccountStatus.SUSPENDED, accounts.find(member).orElseThrow().status());
        assertTrue(events.contains(new AccountSuspended(member)));

        administration.reactivate(admin, member);
        assertEquals(AccountStatus.ACTIVE, accounts.find(member).orElseThrow().status());
        assertTrue(events.contains(new AccountReactivated(member)));
    }

    @Test
    void searchFindsByTheStartOfNameOrAddressAndPages() {
        String tag = "zq" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            open(tag + i + "@state.example.edu", Role.STUDENT);
        }
        ResultPage<AccountSummary> firstTwo = administration.search(new AccountQuery(tag, null, null), 0, 2);
        assertEquals(3, firstTwo.total());
        assertEquals(2, firstTwo.items().size());
        assertEquals(1, administration.search(new AccountQuery(tag, null, null), 2, 2).items().size());
        assertEquals(0, administration.search(new AccountQuery(tag, null, Role.ADMIN), 0, 10).total());
        assertEquals(0, administration.search(new AccountQuery(tag.substring(1), null, null), 0, 10).total(),
                "the text must match the start");
        assertEquals(0, administration.search(new AccountQuery("%", null, null), 0, 10).total(),
                "a typed % is literal");
    }

    @Test
    void anEmployerRegistersAPendingOrganisationThatStaffVerify() {
        String domain = "acme" + System.nanoTime() + ".example.com";
        long person = organisations.signUpEmployer(new EmployerSignUpRequest("Acme " + domain, "acme.example.com",
                "hr@" + domain, "Hana Ruiz", PASSWORD));
        var organisation = organisations.ofAccount(person).orElseThrow();
        assertEquals(OrganisationStatus.PENDING, organisation.status());
        assertEquals("https://acme.example.com", organisation.website());
        assertTrue(events.contains(new OrganisationRegistered(organisation.id(), person)));
        assertTrue(organisations.pending(0, 1000).items().contains(organisation));

        long colleague = organisations.signUpEmployer(new EmployerSignUpRequest("Acme Inc", "acme.example.com",
                "recruiting@" + domain, "Rui Costa", PASSWORD));
        assertEquals(organisation.id(), organisations.ofAccount(colleague).orElseThrow().id(),
                "a colleague at the same domain joins the same organisation");

        long staff = open("verifier." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        organisations.verify(staff, organisation.id());
        assertTrue(organisations.find(organisation.id()).orElseThrow().verified());
        assertTrue(events.contains(new OrganisationVerified(organisation.id())));
        assertFalse(organisations.pending(0, 1000).items().stream().anyMatch(o -> o.id() == organisation.id()));
    }

    @Test
    void aRejectedOrganisationNeedsAReasonAndItsDomainCannotSignUpAgain() {
        String domain = "shady" + System.nanoTime() + ".example.com";
        long person = organisations.signUpEmployer(new EmployerSignUpRequest("Shady " + domain, "https://" + domain,
                "boss@" + domain, "Sam Shade", PASSWORD));
        long id = organisations.ofAccount(person).orElseThrow().id();
        long staff = open("checker." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        assertEquals("reason", assertThrows(Rejection.class, () -> organisations.reject(staff, id, "")).field());
        assertThrows(SecurityException.class, () -> organisations.reject(person, id, "self-service"));

        organisations.reject(staff, id, "Asks applicants for a fee");
        assertTrue(events.contains(new OrganisationRejected(id)));
        Rejection again = assertThrows(Rejection.class, () -> organisations.signUpEmployer(new EmployerSignUpRequest(
                "Shady Two", "https://" + domain, "other@" + domain, "Other", PASSWORD)));
        assertEquals("email", again.field());
    }

    @Test
    void staffAddAKnownOrganisationAsVerifiedAndItsPeopleJoinIt() {
        String domain = "known" + System.nanoTime() + ".example.com";
        long staff = open("adder." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        long id = organisations.addVerified(staff, "Known " + domain, "www." + domain, domain);
        assertTrue(organisations.find(id).orElseThrow().verified());
        assertEquals("domain", assertThrows(Rejection.class,
                () -> organisations.addVerified(staff, "Other name", "www." + domain, domain)).field());
        assertThrows(SecurityException.class, () -> organisations.addVerified(
                open("nosy." + System.nanoTime() + "@state.example.edu", Role.STUDENT), "X", "x.example.com", "x" + domain));

        long person = organisations.signUpEmployer(new EmployerSignUpRequest("Whatever", "https://" + domain,
                "talent@" + domain, "Tal Ent", PASSWORD));
        assertEquals(id, organisations.ofAccount(person).orElseThrow().id());
    }

    @Test
    void staffSendANewInvitationThatRetiresTheOldLink() {
        long staff = open("inviter." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        String email = "invitee." + System.nanoTime() + "@state.example.edu";
        long job = imports.start(staff, "one.csv", ("email,name,role\n" + email + ",In Vitee,student\n")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(Await.until(Duration.ofSeconds(30), () -> imports.find(job).orElseThrow().finished()));
        long id = accounts.findByEmail(email).orElseThrow().id();
        assertEquals(AccountStatus.INVITED, accounts.find(id).orElseThrow().status());
        String first = tokenMailedTo(email);

        assertThrows(SecurityException.class, () -> invitations.resend(open("pupil." + System.nanoTime()
                + "@state.example.edu", Role.STUDENT), id));
        invitations.resend(staff, id);
        assertTrue(Await.until(Duration.ofSeconds(20), () -> Mailbox.textsFor(email).size() == 2));
        String second = tokenMailedTo(email);

        assertEquals(TokenOutcome.USED, invitations.accept(first, PASSWORD));
        assertEquals(TokenOutcome.ACCEPTED, invitations.accept(second, PASSWORD));
        assertEquals(AccountStatus.ACTIVE, accounts.find(id).orElseThrow().status());
        assertEquals("account", assertThrows(Rejection.class, () -> invitations.resend(staff, id)).field());
    }

    @Test
    void aPendingOrganisationsPageIsSeenOnlyByItsPeopleAndStaffAndOnlyTheyDescribeIt() throws SQLException {
        String domain = "page" + System.nanoTime() + ".example.com";
        long person = organisations.signUpEmployer(new EmployerSignUpRequest("Page " + domain, "https://" + domain,
                "boss@" + domain, "Bo Ss", PASSWORD));
        update("UPDATE identity_account SET status = 'ACTIVE', verified_at = NOW(6) WHERE id = ?", person);
        long id = organisations.ofAccount(person).orElseThrow().id();
        long student = open("curious." + System.nanoTime() + "@state.example.edu", Role.STUDENT);
        long staff = open("pagestaff." + System.nanoTime() + "@state.example.edu", Role.STAFF);

        assertTrue(organisations.page(id, null).isEmpty());
        assertTrue(organisations.page(id, student).isEmpty());
        assertTrue(organisations.page(id, person).isPresent());
        assertTrue(organisations.page(id, staff).isPresent());

        organisations.updateAbout(person, id, "<p>We build <em>boats</em>.</p><script>alert(1)</script>");
        assertEquals("<p>We build <em>boats</em>.</p>", organisations.page(id, person).orElseThrow().aboutHtml());
        assertThrows(SecurityException.class, () -> organisations.updateAbout(student, id, "<p>Hijacked</p>"));

        organisations.attachLogo(person, id, "logo.png", new java.io.ByteArrayInputStream(png()));
        long logo = organisations.page(id, person).orElseThrow().logoUploadId();
        var stored = uploads.find(logo).orElseThrow();
        assertFalse(uploads.visibleTo(stored, java.util.Optional.empty()), "a pending organisation's logo is not public");
        assertThrows(SecurityException.class, () -> organisations.attachLogo(student, id, "x.png",
                new java.io.ByteArrayInputStream(png())));
        assertThrows(Rejection.class, () -> organisations.attachLogo(person, id, "logo.png",
                new java.io.ByteArrayInputStream("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))));
        assertEquals(logo, organisations.page(id, person).orElseThrow().logoUploadId(), "a refused file keeps the old logo");

        organisations.verify(staff, id);
        assertTrue(organisations.page(id, null).isPresent(), "a verified organisation is public");
        assertTrue(uploads.visibleTo(stored, java.util.Optional.empty()), "and so is its logo");
    }

    @Test
    void staffSetTheDirectoryOptOutFromAnImport() {
        long staff = open("registrar." + System.nanoTime() + "@state.example.edu", Role.STAFF);
        String email = "ferpa." + System.nanoTime() + "@state.example.edu";
        long first = imports.start(staff, "ferpa.csv", ("email,name,role,directory_opt_out\n" + email + ",Fer Pa,student,yes\n")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(Await.until(Duration.ofSeconds(30), () -> imports.find(first).orElseThrow().finished()));
        long id = accounts.findByEmail(email).orElseThrow().id();
        assertTrue(profiles.isDirectoryOptOut(id));

        long second = imports.start(staff, "ferpa2.csv", ("email,name,role,directory_opt_out\n" + email + ",Fer Pa,student,no\n")
                .getBytes(StandardCharsets.UTF_8));
        assertTrue(Await.until(Duration.ofSeconds(30), () -> imports.find(second).orElseThrow().finished()));
        assertEquals(1, imports.find(second).orElseThrow().updated());
        assertFalse(profiles.isDirectoryOptOut(id));
    }

    @Test
    void employerSignUpRefusesCampusAddressesAndBadWebsites() {
        assertEquals("email", assertThrows(Rejection.class, () -> organisations.signUpEmployer(new EmployerSignUpRequest(
                "Campus Co", "https://campus.example.com", "someone@state.example.edu", "Some One", PASSWORD))).field());
        assertEquals("website", assertThrows(Rejection.class, () -> organisations.signUpEmployer(new EmployerSignUpRequest(
                "Web Co", "javascript:alert(1)", "a@web" + System.nanoTime() + ".example.com", "Some One", PASSWORD))).field());
    }

    /** The token in the latest mail to the address, once the outbox has delivered it. */
    private static String tokenMailedTo(String email) {
        assertTrue(Await.until(Duration.ofSeconds(20), () -> !Mailbox.textsFor(email).isEmpty()), "no mail to " + email);
        List<String> texts = Mailbox.textsFor(email);
        Matcher token = TOKEN.matcher(texts.get(texts.size() - 1));
        assertTrue(token.find());
        return token.group(1);
    }

    private void update(String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private long open(String email, Role role) {
        return accounts.register(new NewAccount(email, "Test " + role, PASSWORD, Set.of(role)));
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
