package app.quad.app.it;

import app.quad.app.it.PageTable.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Joining, confirming, signing in and out, throttling, and who may open which page, against the
 * running server: in headless Chromium where people click, over plain HTTP where status codes matter.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT extends InBrowser {

    private static final String PASSWORD = "violet harbour kettle 42";

    /** Quad plus one view that no module declares, to show the guard refuses it. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad().addAsWebResource(new StringAsset("""
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>undeclared</p></body></html>
                """), "undeclared.xhtml");
    }

    @BeforeEach
    void setUp() {
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", "campus.example.edu"));
    }

    @Test
    void aStudentJoinsConfirmsTheAddressSignsInAndOut() throws Exception {
        String email = "joiner." + System.nanoTime() + "@campus.example.edu";
        browser.open(page("/identity/access/signup.xhtml"));
        browser.driver().findElement(By.id("signup:displayName")).sendKeys("Jo Iner");
        browser.driver().findElement(By.id("signup:email")).sendKeys(email);
        browser.driver().findElement(By.id("signup:password")).sendKeys(PASSWORD);
        browser.click(By.id("signup:submit"));
        assertTrue(browser.text(By.id("sent")).contains(email));

        String link = SentMail.linkIn(email, "/identity/access/verify.xhtml");
        browser.open(page("/identity/access/signin.xhtml"));
        signInWith(email, PASSWORD);
        assertTrue(browser.text(By.id("signin:messages")).contains("Confirm your e-mail address first"),
                "an unconfirmed account cannot sign in");

        browser.open(page(link));
        browser.click(By.id("verify:confirm"));
        assertTrue(browser.text(By.id("confirmed")).contains("confirmed"));

        browser.click(By.linkText("Sign in"));
        signInWith(email, PASSWORD);
        assertEquals("Jo Iner", browser.text(By.cssSelector(".user-menu__name")));
        browser.checkAccessibility();

        browser.click(By.id("user-menu:sign-out"));
        assertTrue(browser.driver().findElements(By.cssSelector(".user-menu__name")).isEmpty());
        assertEquals(1, browser.driver().findElements(By.linkText("Sign in")).size());
    }

    @Test
    void aConfirmationLinkWorksOnce() {
        String email = "twice." + System.nanoTime() + "@campus.example.edu";
        WebSession visitor = new WebSession(base);
        HttpResponse<String> joined = visitor.submit("/identity/access/signup.xhtml", "signup", Map.of(
                "role", "STUDENT", "displayName", "Twice", "email", email, "password", PASSWORD), "submit");
        assertTrue(joined.body().contains("Check your e-mail"), joined.body());
        String link = SentMail.linkIn(email, "/identity/access/verify.xhtml");

        HttpResponse<String> first = visitor.submit(link, "verify", Map.of(), "confirm");
        assertTrue(first.body().contains("your account is active"));
        HttpResponse<String> second = visitor.submit(link, "verify", Map.of(), "confirm");
        assertTrue(second.body().contains("This link has been used already"));
    }

    @Test
    void badSignUpInputIsExplainedAtTheField() {
        WebSession visitor = new WebSession(base);
        HttpResponse<String> outsider = visitor.submit("/identity/access/signup.xhtml", "signup", Map.of(
                "role", "STUDENT", "displayName", "Out Sider", "email", "out.sider@gmail.example.com",
                "password", PASSWORD), "submit");
        assertTrue(outsider.body().contains("Students sign up with their campus e-mail address"), outsider.body());

        HttpResponse<String> weak = visitor.submit("/identity/access/signup.xhtml", "signup", Map.of(
                "role", "ALUMNI", "displayName", "Weak Pass", "email", "weak." + System.nanoTime() + "@example.org",
                "password", "short"), "submit");
        assertTrue(weak.body().contains("Use at least 12 characters."), weak.body());
        assertFalse(weak.body().contains("Check your e-mail"));

        HttpResponse<String> oversized = visitor.submit("/identity/access/signup.xhtml", "signup", Map.of(
                "role", "ALUMNI", "displayName", "N".repeat(300), "email", "long." + System.nanoTime() + "@example.org",
                "password", PASSWORD), "submit");
        assertTrue(oversized.body().contains("Use at most 100 characters."), oversized.body());

        String taken = account("taken." + System.nanoTime() + "@campus.example.edu", "STUDENT");
        HttpResponse<String> duplicate = visitor.submit("/identity/access/signup.xhtml", "signup", Map.of(
                "role", "STUDENT", "displayName", "Second Try", "email", taken.toUpperCase(), "password", PASSWORD), "submit");
        assertTrue(duplicate.body().contains("An account with this e-mail address already exists."), duplicate.body());
        assertTrue(duplicate.body().contains("Second Try"), "what was typed is kept");
    }

    @Test
    void tenFailuresBlockAnAddressAndTheAnswerDoesNotTellWhetherItExists() {
        String known = account("blocked." + System.nanoTime() + "@campus.example.edu", "STUDENT");
        String unknown = "nobody." + System.nanoTime() + "@campus.example.edu";
        for (String email : List.of(known, unknown)) {
            WebSession visitor = new WebSession(base);
            for (int attempt = 1; attempt <= 10; attempt++) {
                HttpResponse<String> failed = signInOverHttp(visitor, email, "wrong password " + attempt);
                assertEquals(200, failed.statusCode());
            }
            HttpResponse<String> blocked = signInOverHttp(visitor, email, PASSWORD);
            assertEquals(200, blocked.statusCode(), "even the right password is refused while blocked");
            assertTrue(blocked.body().contains("Too many attempts to sign in with this address"), email);
        }
    }

    @Test
    void signingInGivesANewSessionIdInAnHttpOnlySameSiteCookie() {
        String email = account("cookie." + System.nanoTime() + "@campus.example.edu", "STUDENT");
        WebSession visitor = new WebSession(base);
        visitor.get("/identity/access/signin.xhtml");
        String before = visitor.cookie("JSESSIONID");
        assertNotNull(before, "the sign-in page starts a session");
        HttpResponse<String> signedIn = signInOverHttp(visitor, email, PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String after = visitor.cookie("JSESSIONID");
        assertNotEquals(before, after);
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=lax"), setCookie);
    }

    @Test
    void campusSignInIsOffUntilAnIssuerIsConfigured() {
        WebSession visitor = new WebSession(base);
        assertFalse(visitor.get("/identity/access/signin.xhtml").body().contains("id=\"sso\""), "no campus button");
        assertEquals(404, visitor.get("/identity/access/sso").statusCode());
        assertEquals(404, visitor.get("/identity/access/sso/callback?code=made-up&state=made-up").statusCode());
    }

    @Test
    void everyViewIsInThePageTable() {
        Set<String> views = PageTable.viewsIn(Path.of(System.getProperty("quad.test.war")));
        assertEquals(new TreeSet<>(PageTable.PAGES.keySet()), views,
                "add each new view to PageTable with who may open it");
    }

    @Test
    void eachVisitorOpensExactlyThePagesTheTableGivesThem() {
        List<String> wrong = new ArrayList<>();
        long publicProfile = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of(
                "email", PageTable.PUBLIC_PROFILE, "name", "Public Profile", "password", PASSWORD, "roles", "ALUMNI",
                "publicProfile", "true")).body().strip());
        long organisation = Long.parseLong(new WebSession(base).post("/test-support/accounts",
                Map.of("verifiedOrganisation", "matrix" + System.nanoTime() + ".example.com")).body().strip());
        long post = campusPost();
        Map<String, String> queries = PageTable.queries(publicProfile, publicProfile, organisation, post, openGroup());
        for (Visitor visitor : Visitor.values()) {
            WebSession session = new WebSession(base);
            if (visitor != Visitor.ANONYMOUS) {
                String email = visitor.name().toLowerCase() + ".matrix@campus.example.edu";
                account(email, visitor.name());
                session.signIn(email, PASSWORD);
            }
            PageTable.PAGES.forEach((path, allowed) -> {
                HttpResponse<String> response = session.get(path + queries.getOrDefault(path, ""));
                int expected = !allowed.contains(visitor) ? (visitor == Visitor.ANONYMOUS ? 302 : 403)
                        : PageTable.NOT_FOUND_FOR.getOrDefault(path, Set.of()).contains(visitor) ? 404 : 200;
                boolean toSignIn = expected != 302 || response.headers().firstValue("Location").orElse("")
                        .contains("/identity/access/signin.xhtml?next=" + path.replace("/", "%2F"));
                // toSignIn: a signed-out visitor is sent to sign in and brought back to the page afterwards.
                if (response.statusCode() != expected || !toSignIn) {
                    wrong.add(visitor + " " + path + ": expected " + expected + ", got " + response.statusCode()
                            + response.headers().firstValue("Location").map(l -> " to " + l).orElse(""));
                }
            });
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageInTheTablePassesTheAccessibilityCheck() throws Exception {
        long publicProfile = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of(
                "email", PageTable.PUBLIC_PROFILE, "name", "Public Profile", "password", PASSWORD, "roles", "ALUMNI",
                "publicProfile", "true")).body().strip());
        long organisation = Long.parseLong(new WebSession(base).post("/test-support/accounts",
                Map.of("verifiedOrganisation", "axe" + System.nanoTime() + ".example.com")).body().strip());
        Map<String, String> queries = PageTable.queries(publicProfile, publicProfile, organisation, campusPost(), openGroup());
        String everything = account("axe." + System.nanoTime() + "@campus.example.edu", "STUDENT,EMPLOYER,STAFF,ADMIN");
        signInInBrowser(everything);
        for (String path : new java.util.TreeSet<>(PageTable.PAGES.keySet())) {
            // Browser.open fails the test on a serious or critical axe finding.
            browser.open(page(path + queries.getOrDefault(path, "")));
        }
    }

    @Test
    void aViewNoModuleDeclaresIsRefusedEvenToAnAdministrator() {
        assertEquals(404, new WebSession(base).get("/undeclared.xhtml").statusCode());
        WebSession admin = new WebSession(base);
        admin.signIn(account("undeclared.admin@campus.example.edu", "ADMIN"), PASSWORD);
        HttpResponse<String> response = admin.get("/undeclared.xhtml");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("undeclared</p>"));
    }

    @Test
    void aStudentHidesAFieldAndNeitherViewAsNorAClassmateSeesIt() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String student = "editor." + tag + "@campus.example.edu";
        String classmate = "reader." + tag + "@campus.example.edu";
        long studentId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", student,
                "name", "Eda Editor", "password", PASSWORD, "roles", "STUDENT")).body().strip());
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", "campus.example.edu"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", classmate, "name", "Rea Reader",
                "password", PASSWORD, "roles", "STUDENT"));

        browser.driver().manage().deleteAllCookies();
        signInInBrowser(student);
        browser.click(By.linkText("My profile"));
        browser.driver().findElement(By.id("details:headline")).sendKeys("Chemistry sophomore");
        browser.driver().findElement(By.id("details:location")).sendKeys("North Hall");
        browser.click(By.id("details:save"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Saved"));

        Select location = new Select(browser.driver().findElement(By.xpath(
                "//tr[th/label[text()='Location']]//select")));
        location.selectByValue("ONLY_ME");
        browser.click(By.id("visibility:save"));

        browser.click(By.id("view-as"));
        browser.click(By.partialLinkText("As a student or graduate on campus"));
        String asCampus = browser.text(By.tagName("main"));
        assertTrue(asCampus.contains("Chemistry sophomore"));
        assertFalse(asCampus.contains("North Hall"), "view as campus must not show an ONLY_ME field");
        browser.click(By.partialLinkText("As a visitor who is not signed in"));
        assertTrue(browser.text(By.id("hidden")).contains("cannot open your profile"));

        browser.driver().manage().deleteAllCookies();
        signInInBrowser(classmate);
        browser.open(URI.create(base.toString().replaceAll("/$", "") + "/identity/profile/view.xhtml?id=" + studentId).toURL());
        String seen = browser.text(By.tagName("main"));
        assertTrue(seen.contains("Eda Editor") && seen.contains("Chemistry sophomore"));
        assertFalse(seen.contains("North Hall"), "a classmate must not see an ONLY_ME field");

        browser.driver().manage().deleteAllCookies();
        assertEquals(404, new WebSession(base).get("/identity/profile/view.xhtml?id=" + studentId).statusCode(),
                "a campus profile is not found by visitors");
    }

    @Test
    void aStudentNarrowsAPartOnTheFootprintPageAndItMovesToOnlyMe() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String student = "footprint." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Fay Footprint",
                "password", PASSWORD, "roles", "STUDENT"));

        signInInBrowser(student);
        browser.click(By.linkText("My profile"));
        browser.driver().findElement(By.id("details:headline")).sendKeys("Marine biology senior");
        browser.click(By.id("details:save"));
        browser.click(By.id("footprint"));
        assertTrue(browser.text(By.id("audience-campus")).contains("Marine biology senior"), "a headline starts on campus");
        assertFalse(browser.text(By.id("audience-only-me")).contains("Marine biology senior"));
        assertTrue(browser.text(By.id("directory")).contains("You are in the directory"));

        browser.click(By.cssSelector(".footprint-item--headline [id$='only-me']"));
        assertTrue(browser.text(By.id("audience-only-me")).contains("Marine biology senior"), "narrowed to only me");
        assertFalse(browser.text(By.id("audience-campus")).contains("Marine biology senior"));
        assertTrue(browser.text(By.id("audience-campus")).contains("Fay Footprint"), "the name itself stays on campus");

        browser.click(By.id("your-data"));
        assertTrue(browser.text(By.tagName("main")).contains("Download everything Quad holds about you"));
    }

    @Test
    void theBellLeadsToANoticeThatOpensAsReadAndTheSettingsChooseHowToHear() throws Exception {
        String email = account("belle." + System.nanoTime() + "@campus.example.edu", "STUDENT");
        notice(email, "connection.requested", "Ben Carter asked to connect with you.", "/identity/profile/edit.xhtml");
        notice(email, "message.received", "Chen Wei sent you a message.", "/identity/account/password.xhtml");
        signInInBrowser(email);
        By bell = By.id("notifications");
        assertEquals("Notifications, 2 unread", browser.driver().findElement(bell).getAccessibleName());

        browser.click(bell);
        assertEquals(2, browser.driver().findElements(By.cssSelector("tr.notification--unread")).size());
        String newest = browser.text(By.cssSelector("tr.notification"));
        assertTrue(newest.startsWith("Unread Chen Wei sent you a message."), "newest first, unread said in words: " + newest);
        browser.click(By.linkText("Ben Carter asked to connect with you."));
        assertTrue(browser.driver().getCurrentUrl().endsWith("/identity/profile/edit.xhtml"), "the notice leads to its page");
        assertEquals("Notifications, 1 unread", browser.driver().findElement(bell).getAccessibleName());

        browser.click(bell);
        browser.click(By.id("notifications:mark-all"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("1 notification is marked as read."));
        assertEquals("Notifications", browser.driver().findElement(bell).getAccessibleName(), "no count once all are read");
        assertTrue(browser.driver().findElements(By.cssSelector("tr.notification--unread")).isEmpty());
        browser.open(page("/networking/notifications/list.xhtml?open=999999999"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("That notification is not there any more."));

        browser.click(By.id("settings-link"));
        assertEquals("In Quad and in a daily e-mail", messageDelivery().getFirstSelectedOption().getText(), "the default");
        messageDelivery().selectByVisibleText("In Quad and by e-mail at once");
        browser.click(By.id("settings:save"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Your notification settings are saved."));
        browser.open(page("/networking/notifications/settings.xhtml"));
        assertEquals("In Quad and by e-mail at once", messageDelivery().getFirstSelectedOption().getText());
    }

    /** The select for messages, found through its label as a screen reader finds it. */
    private Select messageDelivery() {
        String id = browser.driver().findElement(By.xpath("//label[normalize-space()='Someone sends you a message']"))
                .getAttribute("for");
        return new Select(browser.driver().findElement(By.id(id)));
    }

    private void notice(String email, String kind, String text, String link) {
        HttpResponse<String> response = new WebSession(base).post("/test-support/notices",
                Map.of("email", email, "kind", kind, "text", text, "link", link));
        assertEquals(200, response.statusCode(), response.body());
    }

    private void signIn(URL base, String email) throws Exception {
        browser.open(URI.create(base.toString().replaceAll("/$", "") + "/identity/access/signin.xhtml").toURL());
        browser.driver().findElement(By.id("signin:email")).sendKeys(email);
        browser.driver().findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.click(By.id("signin:submit"));
    }

    @Test
    void anEmployerViewIsInTheStudentsLogAndInTheStaffExport() {
        String tag = Long.toString(System.nanoTime());
        String student = "logged." + tag + "@campus.example.edu";
        long studentId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", student,
                "name", "Lou Logged", "password", PASSWORD, "roles", "STUDENT", "publicProfile", "true")).body().strip());
        String recruiter = account("recruiter." + tag + "@hiring.example.com", "EMPLOYER");

        WebSession employer = new WebSession(base);
        employer.signIn(recruiter, PASSWORD);
        assertEquals(200, employer.get("/identity/profile/view.xhtml?id=" + studentId).statusCode());

        WebSession me = new WebSession(base);
        me.signIn(student, PASSWORD);
        HttpResponse<String> log = me.get("/identity/account/disclosures.xhtml");
        assertTrue(log.body().contains("Test EMPLOYER") && log.body().contains("Opened your profile"), log.body());

        WebSession staff = new WebSession(base);
        staff.signIn(account("exporter." + tag + "@campus.example.edu", "STAFF"), PASSWORD);
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        HttpResponse<String> csv = staff.submit("/identity/staff/disclosures.xhtml", "export",
                Map.of("from", today, "to", today), "download");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("at,student_id,student,employer_id,employer,organisation,what"), csv.body());
        assertTrue(csv.body().contains("," + studentId + ",Lou Logged,"), csv.body());
    }

    @Test
    void aResumeSharedWithEmployersReachesThemAloneAndEachDownloadIsLogged() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String student = "cv." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Cee Vee",
                "password", PASSWORD, "roles", "STUDENT", "publicProfile", "true", "visibility", "RESUME:EMPLOYERS"));
        long resume = Long.parseLong(postFile("/test-support/uploads?profile=true&kind=RESUME&name=cv.pdf&owner="
                + java.net.URLEncoder.encode(student, java.nio.charset.StandardCharsets.UTF_8), minimalPdf()).strip());
        String domain = "cvhire" + tag + ".example.com";
        String organisation = new WebSession(base).post("/test-support/accounts", Map.of("verifiedOrganisation", domain))
                .body().strip();
        String recruiter = "hr@" + domain;
        new WebSession(base).post("/test-support/accounts", Map.of("email", recruiter, "name", "Rae Cruiter",
                "password", PASSWORD, "roles", "EMPLOYER", "organisationId", organisation));
        WebSession unverified = new WebSession(base);
        unverified.signIn(account("talent." + tag + "@pending.example.com", "EMPLOYER"), PASSWORD);
        WebSession classmate = new WebSession(base);
        classmate.signIn(account("peer." + tag + "@campus.example.edu", "STUDENT"), PASSWORD);
        String file = "/files/" + resume + "/original";

        assertEquals(404, new WebSession(base).get(file).statusCode(), "visitors");
        assertEquals(404, classmate.get(file).statusCode(), "campus members");
        assertEquals(404, unverified.get(file).statusCode(), "employers whose organisation is not verified");

        WebSession employer = new WebSession(base);
        employer.signIn(recruiter, PASSWORD);
        HttpResponse<String> download = employer.get(file);
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        WebSession me = new WebSession(base);
        me.signIn(student, PASSWORD);
        String log = me.get("/identity/account/disclosures.xhtml").body();
        assertTrue(log.contains("Rae Cruiter") && log.contains("Downloaded your résumé"), log);
    }

    private String postFile(String pathAndQuery, byte[] body) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static byte[] minimalPdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }

    private void signInInBrowser(String email) throws Exception {
        browser.open(page("/identity/access/signin.xhtml"));
        browser.driver().findElement(By.id("signin:email")).sendKeys(email);
        browser.driver().findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.click(By.id("signin:submit"));
    }

    /** A post to the whole campus by a graduate, for the pages that show one post. */
    private long campusPost() {
        return Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", "poster@campus.example.edu",
                "name", "Pat Poster", "password", PASSWORD, "roles", "ALUMNI",
                "campusPost", "Our robotics team is showing the rover at the fair on Friday.")).body().strip());
    }

    /**
     * An OPEN group (its slug, a blank and a thread's id) whose only member is a graduate made for the
     * purpose: nobody in the matrix manages it.
     */
    private String openGroup() {
        return new WebSession(base).post("/test-support/accounts", Map.of("email", "group.owner@campus.example.edu",
                "name", "Gus Groupowner", "password", PASSWORD, "roles", "ALUMNI",
                "openGroup", "Access matrix " + System.nanoTime())).body().strip();
    }

    private String account(String email, String roles) {
        new WebSession(base).post("/test-support/accounts",
                Map.of("email", email, "name", "Test " + roles, "password", PASSWORD, "roles", roles));
        return email;
    }

    private HttpResponse<String> signInOverHttp(WebSession visitor, String email, String password) {
        return visitor.submit("/identity/access/signin.xhtml", "signin", Map.of("email", email, "password", password), "submit");
    }

    private void signInWith(String email, String password) {
        browser.driver().findElement(By.id("signin:email")).sendKeys(email);
        browser.driver().findElement(By.id("signin:password")).sendKeys(password);
        browser.click(By.id("signin:submit"));
    }

    private URL page(String path) throws Exception {
        return URI.create(base.toString().replaceAll("/$", "") + path).toURL();
    }
}
