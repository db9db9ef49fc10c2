package app.quad.app.it;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff import students and graduates from CSV: the report, the invited accounts and their
 * invitations, idempotence, refused files, accepting an invitation, the page in Chromium, and a
 * 20,000-row file against the clock. Imports run through the test-support servlet (the page's
 * multipart form is exercised by the browser test); reports are downloaded from the real page.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT extends InBrowser {

    private static final String PASSWORD = "violet harbour kettle 42";
    private static final String CAMPUS = "campus.example.edu";
    private static final String HEADER = "email,name,role,student_id,graduation_year\n";
    private static final Pattern INVITATION_LINK = Pattern.compile("https?://\\S+(/identity/access/invitation\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final Duration LIMIT = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    private String staff;
    private String unique;

    @BeforeEach
    void setUp() {
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", CAMPUS));
        staff = account("import.staff@" + CAMPUS, "STAFF");
        unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    @Order(1)
    void aFileCreatesUpdatesAndRejectsRowsAndTheReportSaysWhy() throws MessagingException {
        String existing = account("existing." + unique + "@elsewhere.example.org", "ALUMNI");
        String colleague = account("colleague." + unique + "@" + CAMPUS, "STAFF");
        String student = "new.student." + unique + "@" + CAMPUS;
        String graduate = "new.grad." + unique + "@elsewhere.example.org";
        String file = HEADER
                + student.toUpperCase(Locale.ROOT) + ",New Student,Student,a-" + unique + ",2028\n"
                + graduate + ",\"Grad, New\",alumni,,2019\n"
                + existing + ",Renamed Person,alumni,b-" + unique + ",\n"
                + "outsider." + unique + "@gmail.example.com,Out Sider,student,,\n"
                + "not-an-address,Nobody,alumni,,\n"
                + graduate + ",Grad Again,alumni,,\n"
                + colleague + ",Colleague,student,,\n"
                + "broken." + unique + "@example.org,\"Broken,alumni,,\n";

        String result = runImport("mixed.csv", file);
        assertEquals("DONE 2 1 0 5", outcome(result));

        List<String> report = new ArrayList<>(report(idOf(result)));
        // The message lists every campus domain, and other test classes add theirs to the shared database.
        String outsiderLine = report.get(4);
        assertTrue(outsiderLine.startsWith("5,outsider." + unique + "@gmail.example.com,rejected,Students are imported"
                + " with their campus e-mail address (ending in @") && outsiderLine.contains("@" + CAMPUS), outsiderLine);
        report.set(4, "(outsider)");
        assertEquals(List.of(
                "\uFEFFrow,email,outcome,reason",
                "2," + student + ",created,Invited by e-mail.",
                "3," + graduate + ",created,Invited by e-mail.",
                "4," + existing + ",updated,Changed the name and student id.",
                "(outsider)",
                "6,not-an-address,rejected,\u201cnot-an-address\u201d is not an e-mail address such as name@example.edu.",
                "7," + graduate + ",rejected,Row 3 of this file has the same e-mail address.",
                "8," + colleague + ",rejected,\"The e-mail address belongs to a staff or administrator account, which an import never changes.\"",
                "9,broken." + unique + "@example.org,rejected,\"The row could not be read: a double quote is not closed, or a quoted"
                        + " value has more text after its closing quote. Write a quote inside a quoted value as two quotes (\"\"\"\").\""),
                report);

        assertEquals("INVITED STUDENT A-" + unique.toUpperCase(Locale.ROOT) + " 2028 1 1", stored(student),
                "invited, with its networking member row (AccountRegistered) and one invitation queued");
        assertEquals("INVITED ALUMNI null 2019 1 1", stored(graduate));
        assertEquals("ACTIVE ALUMNI B-" + unique.toUpperCase(Locale.ROOT) + " null 1 0", stored(existing), "no invitation for an active account");
        assertEquals("ACTIVE STAFF null null 1 0", stored(colleague));
        assertTrue(awaitMailTo(student).getSubject().contains("invites you to Quad"));
        assertTrue(awaitMailTo(graduate).getSubject().contains("invites you to Quad"));
    }

    @Test
    @Order(2)
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String first = "twice.a." + unique + "@" + CAMPUS;
        String second = "twice.b." + unique + "@elsewhere.example.org";
        String file = HEADER + first + ",Twice A,student,t-" + unique + ",\n" + second + ",Twice B,alumni,,2020\n";

        assertEquals("DONE 2 0 0 0", outcome(runImport("twice.csv", file)));
        String again = runImport("twice.csv", file);
        assertEquals("DONE 0 0 2 0", outcome(again));
        assertEquals("INVITED STUDENT T-" + unique.toUpperCase(Locale.ROOT) + " null 1 1", stored(first), "still one invitation");
        assertEquals("INVITED ALUMNI null 2020 1 1", stored(second));
        assertTrue(report(idOf(again)).get(1).endsWith(",unchanged,"));
    }

    @Test
    @Order(3)
    void aFileWithWrongColumnsIsRefusedWithAClearMessageAndChangesNothing() {
        String person = "columns." + unique + "@" + CAMPUS;
        String jobsBefore = new WebSession(base).get("/test-support/imports?jobs").body();

        HttpResponse<String> refused = startImport("columns.csv", "e-mail,full name,role\n" + person + ",Col Umns,student\n");

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().startsWith("The columns of the file are not right, so nothing was imported."
                + " Missing columns: email, name. Unknown columns: e-mail, full name."), refused.body());
        assertEquals(jobsBefore, new WebSession(base).get("/test-support/imports?jobs").body());
        assertEquals("none", stored(person));
    }

    @Test
    @Order(4)
    void theInvitationLetsThePersonChooseAPasswordAndSignIn() throws Exception {
        String email = "invited." + unique + "@" + CAMPUS;
        assertEquals("DONE 1 0 0 0", outcome(runImport("one.csv", HEADER + email + ",In Vited,student,,\n")));
        String link = invitationLink(email);
        browser.open(page(link));
        assertEquals("Accept your invitation to Quad", browser.text(By.tagName("h1")));

        WebSession invitee = new WebSession(base);
        HttpResponse<String> weak = invitee.submit(link, "invitation", Map.of("password", "too short"), "accept");
        assertTrue(weak.body().contains("Use at least 12 characters."), weak.body());
        assertTrue(stored(email).startsWith("INVITED "), "a refused password leaves the invitation open");

        HttpResponse<String> accepted = invitee.submit(link, "invitation", Map.of("password", PASSWORD), "accept");
        assertTrue(accepted.body().contains("your account is active"), accepted.body());
        assertTrue(stored(email).startsWith("ACTIVE STUDENT "));
        new WebSession(base).signIn(email, PASSWORD);

        HttpResponse<String> again = invitee.submit(link, "invitation", Map.of("password", PASSWORD), "accept");
        assertTrue(again.body().contains("This invitation has been used already."), again.body());
    }

    @Test
    @Order(5)
    void staffUploadAFileOnThePageAndWatchTheImportFinish() throws Exception {
        browser.open(page("/identity/access/signin.xhtml?next=/identity/staff/import.xhtml"));
        browser.driver().findElement(By.id("signin:email")).sendKeys(staff);
        browser.driver().findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.click(By.id("signin:submit"));
        assertEquals("Import students and graduates", browser.text(By.tagName("h1")));

        upload(file("wrong", "name,role\nNo Address,alumni\n"));
        assertTrue(browser.text(By.id("upload")).contains("Missing column: email."), browser.text(By.id("upload")));

        String email = "browser." + unique + "@" + CAMPUS;
        Path file = file("browser", HEADER + email + ",Brow Ser,student,,\nnobody,Nobody,alumni,,\n");
        upload(file);
        assertTrue(browser.text(By.id("messages")).contains("The import of " + file.getFileName() + " has started: 2 rows."),
                browser.text(By.id("messages")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
                browser.text(By.cssSelector("#list\\:imports tbody tr:first-child .import-status")).startsWith("Done"));
        String row = "#list\\:imports tbody tr:first-child ";
        assertEquals("1", browser.text(By.cssSelector(row + ".import-created")));
        assertEquals("1", browser.text(By.cssSelector(row + ".import-rejected")));
        assertEquals("Report of " + file.getFileName(), browser.text(By.cssSelector(row + ".import-report")));
        browser.checkAccessibility();
        assertTrue(stored(email).startsWith("INVITED STUDENT "));
    }

    @Test
    @Order(6)
    void aFileOfTwentyThousandRowsImportsCompletelyInUnderTwoMinutes() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 20_000; i++) {
            if (i % 2 == 0) {
                file.append("s").append(i).append('.').append(unique).append("@bulk.").append(CAMPUS)
                        .append(",Student Number ").append(i).append(",student,").append("bulk-").append(unique).append('-').append(i).append(",\n");
            } else {
                file.append("g").append(i).append('.').append(unique).append("@bulk-alumni.example.org,\"Graduate, Number ")
                        .append(i).append("\",alumni,,").append(1990 + i % 30).append('\n');
            }
        }
        long start = System.nanoTime();
        String outcome;
        try {
            outcome = outcome(runImport("twenty-thousand.csv", file.toString()));
        } finally {
            forgetMailTo("bulk." + CAMPUS);
            forgetMailTo("bulk-alumni.example.org");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(Locale.ROOT, "20,000-row import: %.1f s%n", took.toMillis() / 1000.0);

        assertEquals("DONE 20000 0 0 0", outcome);
        assertTrue(took.compareTo(LIMIT) < 0, "took " + took);
        String last = stored("s19998." + unique + "@bulk." + CAMPUS);
        assertTrue(last.startsWith("INVITED STUDENT BULK-" + unique.toUpperCase(Locale.ROOT) + "-19998 null 1 "), last);
    }

    private void upload(Path file) {
        browser.driver().findElement(By.id("upload:file")).sendKeys(file.toString());
        browser.click(By.id("upload:submit"));
    }

    private static Path file(String name, String content) throws IOException {
        Path file = Files.createTempFile("quad-" + name + "-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    /** Runs an import to its end; answers "id status created updated unchanged rejected". */
    private String runImport(String fileName, String content) {
        HttpResponse<String> response = startImport(fileName, content);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> startImport(String fileName, String content) {
        return new WebSession(base).postContent("/test-support/imports?staff=" + encode(staff) + "&file=" + encode(fileName),
                "text/csv", content);
    }

    private static String outcome(String result) {
        return result.substring(result.indexOf(' ') + 1);
    }

    private static long idOf(String result) {
        return Long.parseLong(result.substring(0, result.indexOf(' ')));
    }

    /** The report of the import, downloaded from the import page by a member of staff, line by line. */
    private List<String> report(long job) {
        WebSession session = new WebSession(base);
        session.signIn(staff, PASSWORD);
        HttpResponse<String> download = session.get("/identity/staff/import.xhtml?report=" + job);
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("import-" + job + "-report.csv"));
        return download.body().lines().toList();
    }

    /** "status roles student_id graduation_year networking-members queued-mails", or "none". */
    private String stored(String email) {
        return new WebSession(base).get("/test-support/imports?account=" + encode(email)).body();
    }

    private void forgetMailTo(String domain) {
        new WebSession(base).post("/test-support/imports?forgetMailTo=" + encode(domain), Map.of());
    }

    private String account(String email, String roles) {
        new WebSession(base).post("/test-support/accounts",
                Map.of("email", email, "name", "Test " + roles, "password", PASSWORD, "roles", roles));
        return email;
    }

    private static String invitationLink(String email) {
        try {
            Matcher link = INVITATION_LINK.matcher(String.valueOf(awaitMailTo(email).getContent()));
            assertTrue(link.find(), "no invitation link in the mail");
            return link.group(1);
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static MimeMessage awaitMailTo(String email) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : TestServices.mail().received()) {
                try {
                    if (message.getAllRecipients() != null && message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                        return message;
                    }
                } catch (MessagingException e) {
                    // not this one
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail to " + email);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URL page(String path) throws Exception {
        return URI.create(base.toString().replaceAll("/$", "") + path).toURL();
    }
}
