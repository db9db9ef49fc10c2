package app.quad.app.it;

import app.quad.app.it.support.Sql;
import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountErasure;
import app.quad.identity.Accounts;
import app.quad.identity.DataExport;
import app.quad.identity.EducationEntry;
import app.quad.identity.ExperienceEntry;
import app.quad.identity.NewAccount;
import app.quad.identity.Organisations;
import app.quad.identity.Passwords;
import app.quad.identity.PersonalDataExports;
import app.quad.identity.ProfileDetails;
import app.quad.identity.ProfileSection;
import app.quad.identity.Profiles;
import app.quad.identity.ProjectEntry;
import app.quad.identity.Role;
import app.quad.identity.Visibility;
import app.quad.networking.NotificationCentre;
import app.quad.platform.Delivery;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Your data": the export archive, erasure scanned against every table of the schema, and the
 * refusals (wrong password, last administrator). Mostly inside the server; the download's
 * owner check is tested over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class YourDataIT {

    private static final String PASSWORD = "quiet meadow lantern 57";

    /** An id no other row of any table can hold by chance, so the scan can look at every integer column. */
    private static final long DISTINCT_ID_BASE = 7_000_000_000L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.quad().addClass(WebSession.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    app.quad.networking.Connections connections;

    @Inject
    app.quad.networking.Blocks blocks;

    @Inject
    app.quad.networking.Messages messages;

    @Inject
    app.quad.networking.CoffeeChats coffeeChats;

    @Inject
    Passwords passwords;

    @Inject
    Organisations organisations;

    @Inject
    AccountAdministration administration;

    @Inject
    AccountErasure erasure;

    @Inject
    app.quad.groups.Groups groups;

    @Inject
    app.quad.groups.Discussions discussions;

    @Inject
    PersonalDataExports exports;

    @Inject
    Notifications notifications;

    @Inject
    NotificationCentre notificationCentre;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource db;

    @ArquillianResource
    URL deployed;

    private static String tag() {
        return Long.toString(System.nanoTime());
    }

    private long open(String email, String name, Role... roles) {
        return accounts.register(new NewAccount(email, name, PASSWORD, Set.of(roles)));
    }

    @Test
    void erasureLeavesNoTraceOfThePersonInAnyTable() throws Exception {
        String tag = tag();
        String admin = "admin." + tag + "@campus.example.edu";
        long adminId = open(admin, "Ada Admin", Role.ADMIN);
        long classmate = open("mate." + tag + "@campus.example.edu", "Mat Mate", Role.STUDENT);
        long employer = open("hr." + tag + "@employer.example.com", "Hal Hiring", Role.EMPLOYER);

        // The person: a distinctive id, address and name, so the scan cannot mistake anyone else for them.
        long distinct = DISTINCT_ID_BASE + Math.floorMod(System.nanoTime(), 1_000_000L) * 100;
        execute("ALTER TABLE identity_account AUTO_INCREMENT = " + distinct);
        String email = "zephyrine.quillfeather." + tag + "@campus.example.edu";
        String name = "Zephyrine Quillfeather" + tag.substring(tag.length() - 6);
        long me = open(email, name, Role.STUDENT, Role.STAFF);
        assertTrue(me >= distinct, "the person got the distinctive id");

        fillProfile(me);
        profiles.setVisibility(me, ProfileSection.HEADLINE, Visibility.PUBLIC);
        // Mail in the outbox (and a throttle row and a reset link): a reset request.
        passwords.requestReset(email);
        // As staff: an organisation decided, an entry attested, audit entries by them.
        long organisation = organisations.addVerified(me, "Quillfeather Works " + tag, "https://qw" + tag + ".example.com",
                "qw" + tag + ".example.com");
        long mateEntry = profiles.addEducation(classmate, EducationEntry.input("State University", "BSc", "Biology", 2022, 2026));
        profiles.attestEducation(me, mateEntry);
        // Audit entries about them, one naming them in its text.
        administration.changeRoles(adminId, me, Set.of(Role.STUDENT, Role.STAFF, Role.MODERATOR));
        administration.suspend(adminId, me, "Checking a report about " + name);
        administration.reactivate(adminId, me);
        // Disclosures both ways, a campus sign-in link, an import row naming them.
        execute("INSERT INTO identity_disclosure (at, employer_id, student_id, what) VALUES (NOW(6), ?, ?, 'PROFILE')", employer, me);
        execute("INSERT INTO identity_disclosure (at, employer_id, student_id, what) VALUES (NOW(6), ?, ?, 'RESUME')", me, classmate);
        execute("INSERT INTO identity_external_login (issuer, subject, account_id, linked_at, last_signed_in_at)"
                + " VALUES ('https://sso.campus.example.edu', ?, ?, NOW(6), NOW(6))", "subject-" + tag, me);
        long job = insert("INSERT INTO identity_import_job (staff_account_id, file_name, status, total_rows, queued_at, touched_at)"
                + " VALUES (?, 'students.csv', 'DONE', 1, NOW(6), NOW(6))", me);
        execute("INSERT INTO identity_import_row (job_id, file_row, email, outcome, reason, account_id)"
                + " VALUES (?, 2, ?, 'UPDATED', ?, ?)", job, email, "name changed to " + name, me);
        // Networking: a connection (an edge each way), requests each way, blocks each way.
        String friendEmail = "friend." + tag + "@campus.example.edu";
        long friend = open(friendEmail, "Fri End", Role.ALUMNI);
        long stranger = open("stranger." + tag + "@campus.example.edu", "Stra Nger", Role.STUDENT);
        connections.accept(friend, connections.request(me, friend, "We counted seabirds together last spring."));
        connections.request(classmate, me, "We share the biology lab on Tuesdays, say hi!");
        blocks.block(me, stranger);
        blocks.block(employer, me);
        // Notifications to them (one mailed at once), their settings, and one to a classmate that names them.
        notificationCentre.choose(me, Map.of("message.received", Delivery.EMAIL));
        tx.begin();
        notifications.notify(new Notice(me, "message.received", "Mat Mate sent you a message.", "/index.xhtml", classmate));
        notifications.notify(new Notice(classmate, "connection.requested", name + " asked to connect with you.",
                "/index.xhtml", me));
        tx.commit();
        // Messages: a conversation with the friend both ways, one message reported each way, and a
        // request to the classmate that names the person in its text.
        long mine = messages.send(me, friend, "Seabird count on Saturday?", null);
        long theirs = messages.send(friend, me, "Yes! Bring the long lens, " + name + ".", null);
        messages.report(friend, mine, app.quad.platform.moderation.ReportReason.SPAM, "");
        messages.report(me, theirs, app.quad.platform.moderation.ReportReason.SPAM, "");
        messages.send(me, classmate, "Hello from " + name + ", about the lab.", null);
        // Coffee chats with the friend: one agreed and to come, one past where both said they met.
        // Their invitations to the friend name the person.
        java.time.LocalDateTime tomorrow = java.time.LocalDateTime.now(coffeeChats.campusZone()).plusDays(1)
                .withHour(10).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        long coffee = coffeeChats.propose(me, friend, new app.quad.networking.CoffeeChats.Proposal(List.of(tomorrow), 30,
                "Harbour caf\u00e9", null));
        coffeeChats.choose(friend, coffee, coffeeChats.awaitingAnswer(friend, 0, 1).items().get(0).slots().get(0).id());
        long metChat = coffeeChats.propose(friend, me, new app.quad.networking.CoffeeChats.Proposal(List.of(tomorrow.plusHours(2)),
                15, "Tide pools", null));
        coffeeChats.choose(me, metChat, coffeeChats.awaitingAnswer(me, 0, 1).items().get(0).slots().get(0).id());
        execute("UPDATE networking_coffee_chat SET starts_at = NOW(6) - INTERVAL 2 HOUR, ends_at = NOW(6) - INTERVAL 90 MINUTE"
                + " WHERE id = ?", metChat);
        coffeeChats.confirmMet(me, metChat);
        coffeeChats.confirmMet(friend, metChat);
        assertTrue(app.quad.app.it.support.Await.until(Duration.ofSeconds(30), () -> count(
                "SELECT COUNT(*) FROM platform_outbox WHERE status = 'PENDING' AND payload LIKE ?", "%" + name + "%") == 0),
                "the invitations naming the person are delivered");
        // Groups: one they created and the friend joined (it passes to the friend), one alone (it goes),
        // and the friend's CLOSED group they asked to join.
        var shared = groups.create(me, new app.quad.groups.NewGroup("Seabirds " + tag, "Counting seabirds.",
                app.quad.groups.GroupCategory.INTEREST, "", app.quad.groups.GroupVisibility.OPEN));
        groups.join(friend, shared.id());
        var alone = groups.create(me, new app.quad.groups.NewGroup("Quiet corner " + tag, "Just me.",
                app.quad.groups.GroupCategory.INTEREST, "", app.quad.groups.GroupVisibility.SECRET));
        var friends = groups.create(friend, new app.quad.groups.NewGroup("Long lenses " + tag, "Photography.",
                app.quad.groups.GroupCategory.CLUB, "", app.quad.groups.GroupVisibility.CLOSED));
        groups.join(me, friends.id());
        // Discussions: the person's thread with the friend's reply (both go), the friend's thread with the
        // person's reply, reaction and report (those go, the thread stays).
        long myThread = discussions.start(me, shared.id(), "Gulls " + tag, "Who counted the gulls?");
        long friendsReply = discussions.reply(friend, myThread, "I did.");
        long friendsThread = discussions.start(friend, shared.id(), "Terns " + tag, "Terns are back.");
        discussions.reply(me, friendsThread, "Lovely, @" + name.replace(" ", "") + " was here.");
        discussions.react(me, friendsThread, app.quad.networking.Reaction.CELEBRATE);
        discussions.reportPost(me, friendsThread, app.quad.platform.moderation.ReportReason.OTHER, "Testing the report");
        long ready = exports.request(me);
        awaitReady(me, ready, Duration.ofSeconds(60));

        Map<String, Integer> before = scan(me, email, name);
        for (String table : List.of("identity_account", "identity_profile", "identity_education", "identity_experience",
                "identity_project", "identity_profile_skill", "identity_disclosure", "identity_audit", "identity_token",
                "identity_external_login", "identity_import_row", "identity_import_job", "identity_organisation",
                "identity_export_job", "networking_member", "networking_connection", "networking_edge",
                "networking_connection_request", "networking_block", "networking_notification",
                "networking_notification_setting", "networking_conversation", "networking_participant",
                "networking_message", "networking_message_report", "networking_coffee_chat", "networking_coffee_met",
                "groups_group", "groups_membership", "groups_post", "groups_reply", "groups_reaction", "groups_report",
                "platform_outbox")) {
            assertTrue(before.keySet().stream().anyMatch(hit -> hit.startsWith(table + ".")),
                    "the test must put the person into " + table + " first; found " + before.keySet());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM identity_throttle WHERE purpose = 'PASSWORD_RESET'"
                + " AND subject_hash = SHA2(?, 256)", email));

        erasure.erase(me, PASSWORD);

        assertEquals(Map.of(), scan(me, email, name), "columns still holding the erased person's id, address or name");
        assertEquals(0, count("SELECT COUNT(*) FROM identity_throttle WHERE subject_hash = SHA2(?, 256)", email));
        assertTrue(accounts.find(me).isEmpty());
        assertEquals(app.quad.groups.GroupRole.OWNER, groups.membership(friend, shared.id()).orElseThrow().role(),
                "the group passes to its remaining member");
        assertEquals(0, count("SELECT COUNT(*) FROM groups_group WHERE id = ?", alone.id()), "a group left empty goes");
        assertEquals(1, groups.byId(friend, friends.id()).orElseThrow().memberCount());
        assertEquals(0, count("SELECT COUNT(*) FROM groups_post WHERE id = ?", myThread), "the person's thread goes");
        assertEquals(0, count("SELECT COUNT(*) FROM groups_reply WHERE id = ?", friendsReply), "with the replies on it");
        assertEquals(0, discussions.post(friend, friendsThread).orElseThrow().replies(), "the person's reply goes from the count too");
        // Other people's data stays: the classmate's entry is still attested, the organisation still verified.
        assertEquals(1, count("SELECT COUNT(*) FROM identity_education WHERE id = ? AND attested_at IS NOT NULL", mateEntry));
        assertEquals(1, count("SELECT COUNT(*) FROM identity_organisation WHERE id = ? AND status = 'VERIFIED'", organisation));
        assertTrue(count("SELECT COUNT(*) FROM identity_audit WHERE actor_id = ? AND account_id IS NULL", adminId) >= 3,
                "the audit keeps what the administrator did, without naming the person");
        assertTrue(accounts.find(classmate).isPresent() && accounts.find(employer).isPresent());
        assertEquals(0, connections.connectionsOf(friend, 0, 10).total(), "the friend's side of the connection went too");
        assertEquals(0, messages.inbox(friend, 0, 10).total(), "and the conversation with them");
        assertEquals(0, messages.unreadCount(classmate));
        assertEquals(0, count("SELECT COUNT(*) FROM networking_coffee_slot WHERE chat_id IN (?, ?)", coffee, metChat),
                "the offered times went with the chats");
        assertTrue(app.quad.app.it.support.Await.until(Duration.ofSeconds(30), () -> count(
                "SELECT COUNT(*) FROM platform_outbox WHERE status = 'DELIVERED' AND payload LIKE ? AND payload LIKE ?",
                "%" + friendEmail + "%", "%METHOD:CANCEL%") == 1), "the friend's calendar is told the chat is off");
    }

    @Test
    void aWrongPasswordErasesNothing() {
        String tag = tag();
        long me = open("keeper." + tag + "@campus.example.edu", "Kee Keeper", Role.STUDENT);
        profiles.updateDetails(me, new ProfileDetails("Still here", null, null, null));
        Rejection wrong = assertThrows(Rejection.class, () -> erasure.erase(me, "not my password at all 1"));
        assertEquals("password", wrong.field());
        assertTrue(accounts.find(me).isPresent());
        assertEquals(1, count("SELECT COUNT(*) FROM networking_member WHERE account_id = ?", me));
        assertEquals(1, count("SELECT COUNT(*) FROM identity_profile WHERE account_id = ? AND headline = 'Still here'", me));
    }

    @Test
    void theLastAdministratorCannotEraseThemselves() throws Exception {
        String tag = tag();
        long me = open("last.admin." + tag + "@campus.example.edu", "Las Admin", Role.ADMIN);
        // Everyone else loses the role for the length of the test.
        List<Long> others = new ArrayList<>();
        try (Connection connection = db.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT account_id FROM identity_account_role WHERE role = 'ADMIN' AND account_id <> ?")) {
            select.setLong(1, me);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    others.add(rows.getLong(1));
                }
            }
        }
        execute("DELETE FROM identity_account_role WHERE role = 'ADMIN' AND account_id <> ?", me);
        try {
            Rejection last = assertThrows(Rejection.class, () -> erasure.erase(me, PASSWORD));
            assertEquals("erase", last.field());
            assertTrue(last.getMessage().contains("only administrator"), last.getMessage());
            assertTrue(accounts.find(me).isPresent());
        } finally {
            for (long other : others) {
                execute("INSERT INTO identity_account_role (account_id, role) VALUES (?, 'ADMIN')", other);
            }
        }
        long second = open("next.admin." + tag + "@campus.example.edu", "Nex Admin", Role.ADMIN);
        erasure.erase(me, PASSWORD);
        assertTrue(accounts.find(me).isEmpty(), "with another administrator the erasure goes ahead");
        assertTrue(accounts.find(second).isPresent());
    }

    @Test
    void theArchiveHoldsEveryPartOfTheProfileIncludingPrivateOnes() throws Exception {
        String tag = tag();
        String email = "exporter." + tag + "@campus.example.edu";
        long me = open(email, "Exa Exporter", Role.STUDENT);
        fillProfile(me);
        profiles.setVisibility(me, ProfileSection.PRONOUNS, Visibility.ONLY_ME);
        profiles.setVisibility(me, ProfileSection.EXPERIENCE, Visibility.ONLY_ME);
        passwords.requestReset(email);
        assertTrue(count("SELECT COUNT(*) FROM platform_outbox WHERE payload LIKE ?", "%" + email + "%") > 0);
        notificationCentre.choose(me, Map.of("connection.accepted", Delivery.IN_APP));
        tx.begin();
        notifications.notify(new Notice(me, "connection.requested", "Someone asked to connect with you.", "/index.xhtml"));
        tx.commit();

        long friend = open("pen.friend." + tag + "@campus.example.edu", "Pen Friend", Role.STUDENT);
        messages.send(me, friend, "Kept in my archive", null);
        long id = exports.request(me);
        assertEquals(id, exports.request(me), "a second request while one runs returns the same export");
        awaitReady(me, id, Duration.ofSeconds(60));
        assertTrue(exports.find(me + 1, id).isEmpty(), "another person does not see the export");
        assertTrue(exports.open(me + 1, id).isEmpty(), "another person cannot open the archive");

        Map<String, String> files = unzip(exports.open(me, id).orElseThrow());
        assertTrue(files.keySet().containsAll(Set.of("README.txt", "identity/account.json", "identity/profile.json",
                "identity/disclosures.json", "identity/records.json", "networking/member.json", "networking/notifications.json",
                "networking/notification-settings.json", "networking/coffee-chats.json",
                "platform/mail.json")),
                files.keySet().toString());
        for (String name : files.keySet()) {
            if (!name.equals("README.txt")) {
                assertTrue(files.get("README.txt").contains(name), "README.txt describes " + name);
            }
        }
        assertTrue(files.keySet().stream().anyMatch(name -> name.startsWith("identity/files/") && name.endsWith("-photo.png")),
                "the photo is in the archive: " + files.keySet());
        JsonObject profile = json(files.get("identity/profile.json"));
        assertEquals("they/them", profile.getString("pronouns"), "ONLY_ME parts are the person's own data too");
        assertEquals("ONLY_ME", profile.getJsonObject("visibility").getString("PRONOUNS"));
        assertEquals(3, profile.getJsonArray("experience").size());
        assertEquals(3, profile.getJsonArray("education").size());
        assertEquals(3, profile.getJsonArray("projects").size());
        assertEquals(5, profile.getJsonArray("skills").size());
        JsonObject account = json(files.get("identity/account.json"));
        assertEquals(email, account.getString("email"));
        assertFalse(files.get("identity/account.json").contains("password_hash"), "never the password hash");
        assertTrue(files.get("platform/mail.json").contains(email), "the reset mail is in platform/mail.json");
        assertEquals(me, json(files.get("networking/member.json")).getJsonNumber("account_id").longValue());
        assertTrue(files.get("networking/notifications.json").contains("Someone asked to connect with you."));
        assertTrue(files.get("networking/notification-settings.json").contains("IN_APP"));
        assertTrue(files.get("networking/messages.json").contains("Kept in my archive"));
        assertTrue(files.get("networking/conversations.json").contains("REQUESTED"), files.get("networking/conversations.json"));
    }

    @Test
    void aHeavyUsersArchiveIsReadyWithinAMinute() throws Exception {
        String tag = tag();
        String email = "heavy." + tag + "@campus.example.edu";
        long me = open(email, "Hea Heavy", Role.STUDENT);
        long employer = open("heavy.hr." + tag + "@employer.example.com", "Hea Hiring", Role.EMPLOYER);
        profiles.updateDetails(me, new ProfileDetails("Heavy user", "<p>" + "Lots to say. ".repeat(300) + "</p>", "Here", "she/her"));
        profiles.setSkills(me, IntStream.range(0, 50).mapToObj(i -> "Heavy skill " + i).toList());
        for (int i = 0; i < 30; i++) {
            profiles.addEducation(me, EducationEntry.input("School " + i, "BSc", "Major " + i, 2000 + i % 20, 2004 + i % 20));
            profiles.addExperience(me, new ExperienceEntry(0, "Role " + i, "Company " + i, 2000 + i % 20, 2001 + i % 20,
                    "Did many things. ".repeat(50)));
            profiles.addProject(me, ProjectEntry.input("Project " + i, "https://example.com/p" + i, "A project. ".repeat(20)));
        }
        try (Connection connection = db.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO identity_disclosure (at, employer_id, student_id, what) VALUES (NOW(6), ?, ?, 'PROFILE')")) {
                for (int i = 0; i < 1000; i++) {
                    insert.setLong(1, employer);
                    insert.setLong(2, me);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO platform_outbox (topic, payload, status, attempts, next_attempt_at, created_at, delivered_at)"
                            + " VALUES ('mail', ?, 'DELIVERED', 1, NOW(6), NOW(6), NOW(6))")) {
                for (int i = 0; i < 500; i++) {
                    JsonObject mail = Json.createObjectBuilder().add("subject", "Mail " + i).add("text", "Hello again. ".repeat(100))
                            .add("to", email).build();
                    insert.setString(1, mail.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        long started = System.nanoTime();
        long id = exports.request(me);
        awaitReady(me, id, Duration.ofSeconds(60));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("YourDataIT: heavy user's export (50 skills, 30 education/experience/project entries each,"
                + " 1,000 disclosures, 500 mails) ready in %d ms, %d bytes%n", took.toMillis(),
                exports.find(me, id).orElseThrow().sizeBytes());
        assertTrue(took.compareTo(Duration.ofSeconds(60)) <= 0, "took " + took);

        Map<String, String> files = unzip(exports.open(me, id).orElseThrow());
        assertEquals(1000, json(files.get("identity/disclosures.json")).getJsonArray("seenByEmployers").size());
        assertEquals(500, Json.createReader(new StringReader(files.get("platform/mail.json"))).readArray().size());
        assertEquals(30, json(files.get("identity/profile.json")).getJsonArray("projects").size());
    }

    /** The download is the owner's alone: anyone else gets 404, as for an export that does not exist. */
    @Test
    @RunAsClient
    void onlyTheOwnerDownloadsTheArchive() {
        URL base = Deployments.onLoopback(deployed);
        String tag = tag();
        String owner = "owner." + tag + "@campus.example.edu";
        String other = "other." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", owner, "name", "Own Owner", "password", PASSWORD,
                "roles", "STUDENT"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", other, "name", "Oth Other", "password", PASSWORD,
                "roles", "STUDENT"));
        WebSession ownerSession = new WebSession(base);
        ownerSession.signIn(owner, PASSWORD);
        ownerSession.submit("/identity/account/data.xhtml", "export", Map.of(), "request");
        Pattern link = Pattern.compile("data\\.xhtml\\?download=(\\d+)");
        String id = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (id == null && System.nanoTime() < deadline) {
            Matcher found = link.matcher(ownerSession.get("/identity/account/data.xhtml").body());
            if (found.find()) {
                id = found.group(1);
            } else {
                sleep(250);
            }
        }
        assertTrue(id != null, "the page offers the download when the archive is ready");

        HttpResponse<String> download = ownerSession.get("/identity/account/data.xhtml?download=" + id);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));

        WebSession otherSession = new WebSession(base);
        otherSession.signIn(other, PASSWORD);
        assertEquals(404, otherSession.get("/identity/account/data.xhtml?download=" + id).statusCode());
        assertEquals(404, otherSession.get("/identity/account/data.xhtml?download=999999999").statusCode());
        HttpResponse<String> signedOut = new WebSession(base).get("/identity/account/data.xhtml?download=" + id);
        assertTrue(signedOut.statusCode() == 302 || signedOut.statusCode() == 303, "signed out: sent to sign in");
    }

    /** The delete page: the password again and a tick, then the session ends and a goodbye page shows. */
    @Test
    @RunAsClient
    void deletingOnThePageSignsOutAndTheAccountIsGone() {
        URL base = Deployments.onLoopback(deployed);
        String email = "leaver." + tag() + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", email, "name", "Lea Leaver", "password", PASSWORD,
                "roles", "STUDENT"));
        WebSession session = new WebSession(base);
        session.signIn(email, PASSWORD);

        HttpResponse<String> wrong = session.submit("/identity/account/delete.xhtml", "erase",
                Map.of("password", "not my password at all 1", "understood", "true"), "submit");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("That is not your password."), "the refusal is shown at the field");
        HttpResponse<String> unticked = session.submit("/identity/account/delete.xhtml", "erase",
                Map.of("password", PASSWORD), "submit");
        assertTrue(unticked.body().contains("Tick the box"), "nothing happens without the tick");
        assertEquals(200, session.get("/identity/account/data.xhtml").statusCode(), "still signed in");

        HttpResponse<String> done = session.submit("/identity/account/delete.xhtml", "erase",
                Map.of("password", PASSWORD, "understood", "true"), "submit");
        assertEquals(302, done.statusCode());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/identity/access/goodbye.xhtml"));
        assertEquals(200, session.get("/identity/access/goodbye.xhtml").statusCode());
        assertEquals(302, session.get("/identity/account/data.xhtml").statusCode(), "signed out: sent to sign in");
        HttpResponse<String> again = new WebSession(base).submit("/identity/access/signin.xhtml", "signin",
                Map.of("email", email, "password", PASSWORD), "submit");
        assertEquals(200, again.statusCode(), "the account no longer signs in");
    }

    private void fillProfile(long me) {
        profiles.updateDetails(me, new ProfileDetails("Marine biology senior", "<p>I count <em>seabirds</em>.</p>",
                "Harbour Hall", "they/them"));
        profiles.setSkills(me, List.of("Fieldwork", "R", "Statistics", "Diving", "Birding"));
        for (int i = 0; i < 3; i++) {
            profiles.addEducation(me, EducationEntry.input("Coastal College " + i, "BSc", "Marine Biology", 2020 + i, 2024 + i));
            profiles.addExperience(me, ExperienceEntry.input("Research assistant " + i, "Tide Lab " + i, 2021, 2022, "Counted birds."));
            profiles.addProject(me, ProjectEntry.input("Seabird census " + i, "https://example.org/census" + i, "A census."));
        }
        profiles.attach(me, app.quad.identity.UploadKind.PHOTO, "me.png", new java.io.ByteArrayInputStream(png()));
    }

    /** A small real PNG, drawn here so no binary is committed. */
    private static byte[] png() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DataExport awaitReady(long accountId, long exportId, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            DataExport export = exports.find(accountId, exportId).orElseThrow();
            if (export.status() == DataExport.Status.FAILED) {
                throw new AssertionError("the export failed");
            }
            if (export.ready()) {
                return export;
            }
            sleep(100);
        }
        throw new AssertionError("the export was not ready within " + within);
    }

    /**
     * Every column of every table of the schema that holds the person: text columns containing
     * the address or the name, integer columns equal to the id. Flyway's history tables are skipped.
     */
    private Map<String, Integer> scan(long id, String email, String name) throws SQLException {
        Map<String, Integer> hits = new HashMap<>();
        try (Connection connection = db.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT table_name, column_name, data_type FROM information_schema.columns"
                            + " WHERE table_schema = DATABASE() AND table_name NOT LIKE 'flyway_history%'")) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3).toLowerCase()});
                    }
                }
            }
            assertTrue(columns.size() > 50, "the scan sees the schema: " + columns.size() + " columns");
            for (String[] column : columns) {
                String type = column[2];
                String sql;
                List<Object> parameters = new ArrayList<>();
                if (Set.of("char", "varchar", "text", "tinytext", "mediumtext", "longtext").contains(type)) {
                    sql = "SELECT COUNT(*) FROM `" + column[0] + "` WHERE LOCATE(?, `" + column[1] + "`) > 0"
                            + " OR LOCATE(?, `" + column[1] + "`) > 0";
                    parameters.add(email);
                    parameters.add(name);
                } else if (Set.of("bigint", "int", "integer", "mediumint").contains(type)) {
                    sql = "SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1] + "` = ?";
                    parameters.add(id);
                } else {
                    continue;
                }
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        int found = rows.getInt(1);
                        if (found > 0) {
                            hits.put(column[0] + "." + column[1], found);
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static Map<String, String> unzip(InputStream archive) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                zip.transferTo(content);
                files.put(entry.getName(), content.toString(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private long count(String sql, Object... parameters) {
        return Sql.count(db, sql, parameters);
    }

    private void execute(String sql, Object... parameters) {
        Sql.execute(db, sql, parameters);
    }

    private long insert(String sql, Object... parameters) {
        try (Connection connection = db.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
