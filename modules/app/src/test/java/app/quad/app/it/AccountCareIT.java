package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Looking after accounts once they exist: forgotten and changed passwords, suspension, roles, and
 * the career center's check of employer organisations.
 */
@ExtendWith(ArquillianExtension.class)
class AccountCareIT extends InBrowser {

    private static final String PASSWORD = "copper meadow signal 19";
    private static final String NEW_PASSWORD = "quiet heron postcard 64";
    private static final String ENDED = "/identity/access/signin.xhtml?ended=true";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @BeforeEach
    void setUp() {
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", "care.example.edu"));
    }

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySession() {
        String email = account("forgetful", "STUDENT");
        WebSession elsewhere = signedIn(email, PASSWORD);

        HttpResponse<String> asked = new WebSession(base).submit("/identity/access/forgot.xhtml", "forgot",
                Map.of("email", email), "submit");
        assertTrue(asked.body().contains("a link to"), asked.body());
        String link = SentMail.linkIn(email, "/identity/access/reset.xhtml");

        WebSession visitor = new WebSession(base);
        HttpResponse<String> weak = visitor.submit(link, "reset", Map.of("password", "Password12345!"), "submit");
        assertTrue(weak.body().contains("too common"), "a refused password keeps the link usable");
        HttpResponse<String> done = visitor.submit(link, "reset", Map.of("password", NEW_PASSWORD), "submit");
        assertTrue(done.body().contains("Your password is changed"), done.body());
        HttpResponse<String> again = new WebSession(base).get(link);
        assertEquals(200, again.statusCode());
        assertTrue(new WebSession(base).submit(link, "reset", Map.of("password", "another fine password 1"), "submit")
                .body().contains("used already"));

        assertRedirectsTo(ENDED, elsewhere.get("/identity/account/password.xhtml"));
        signedIn(email, NEW_PASSWORD);
        assertEquals(200, signInOverHttp(new WebSession(base), email, PASSWORD).statusCode(), "the old password fails");
    }

    @Test
    void aResetRequestForAnUnknownAddressLooksTheSameAndSendsNothing() {
        String unknown = "ghost." + System.nanoTime() + "@care.example.edu";
        HttpResponse<String> asked = new WebSession(base).submit("/identity/access/forgot.xhtml", "forgot",
                Map.of("email", unknown), "submit");
        assertTrue(asked.body().contains("If <strong>" + unknown + "</strong> belongs to an active Quad account"));
        sleep(Duration.ofSeconds(2));
        assertTrue(SentMail.to(unknown).isEmpty());
    }

    @Test
    void resetRequestsAreThrottledPerAddress() {
        String email = account("flooded", "STUDENT");
        for (int i = 0; i < 12; i++) {
            new WebSession(base).submit("/identity/access/forgot.xhtml", "forgot", Map.of("email", email), "submit");
        }
        sleep(Duration.ofSeconds(3));
        assertEquals(10, SentMail.to(email).size(), "ten requests are answered, the rest wait");
    }

    @Test
    void changingThePasswordEndsOtherSessionsButNotThisOne() {
        String email = account("changer", "ALUMNI");
        WebSession here = signedIn(email, PASSWORD);
        WebSession there = signedIn(email, PASSWORD);

        HttpResponse<String> wrong = here.submit("/identity/account/password.xhtml", "change",
                Map.of("current", "not my password at all", "password", NEW_PASSWORD), "submit");
        assertTrue(wrong.body().contains("Your current password is not right."));
        HttpResponse<String> changed = here.submit("/identity/account/password.xhtml", "change",
                Map.of("current", PASSWORD, "password", NEW_PASSWORD), "submit");
        assertTrue(changed.body().contains("Your password is changed"), changed.body());

        assertEquals(200, here.get("/identity/account/password.xhtml").statusCode());
        assertRedirectsTo(ENDED, there.get("/identity/account/password.xhtml"));
        assertTrue(SentMail.await(email, "Your Quad password was changed"));
    }

    /** A stolen session must not be a way to guess the password: the password and delete pages share one count. */
    @Test
    void afterTenWrongCurrentPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String email = account("guessed", "STUDENT");
        WebSession thief = signedIn(email, PASSWORD);
        for (int i = 1; i <= 9; i++) {
            HttpResponse<String> wrong = thief.submit("/identity/account/password.xhtml", "change",
                    Map.of("current", "guess number " + i, "password", NEW_PASSWORD), "submit");
            assertEquals("Your current password is not right.", fieldMessage(wrong, "change:current"));
        }
        HttpResponse<String> tenth = thief.submit("/identity/account/delete.xhtml", "erase",
                Map.of("password", "guess number 10", "understood", "true"), "submit");
        assertTrue(fieldMessage(tenth, "erase:password").contains("try again in 5 minutes"), tenth.body());

        HttpResponse<String> change = thief.submit("/identity/account/password.xhtml", "change",
                Map.of("current", PASSWORD, "password", NEW_PASSWORD), "submit");
        assertTrue(fieldMessage(change, "change:current").startsWith("Too many wrong passwords."), change.body());
        HttpResponse<String> erase = thief.submit("/identity/account/delete.xhtml", "erase",
                Map.of("password", PASSWORD, "understood", "true"), "submit");
        assertEquals(200, erase.statusCode(), "not deleted");
        assertTrue(fieldMessage(erase, "erase:password").startsWith("Too many wrong passwords."), erase.body());

        assertEquals(200, thief.get("/identity/account/data.xhtml").statusCode(), "the session goes on");
        signedIn(email, PASSWORD);
    }

    @Test
    void suspendingAnAccountEndsItsSessionAtOnceUntilLifted() {
        String email = account("rulebreaker", "STUDENT");
        long id = idOf(email);
        WebSession member = signedIn(email, PASSWORD);
        WebSession admin = signedIn(account("suspender", "ADMIN"), PASSWORD);

        String page = "/identity/admin/account.xhtml?id=" + id;
        HttpResponse<String> noReason = admin.submit(page, "suspension", Map.of("reason", ""), "suspend");
        assertTrue(noReason.body().contains("Say why the account is suspended"), noReason.body());
        assertEquals(200, member.get("/identity/account/password.xhtml").statusCode());

        admin.submit(page, "suspension", Map.of("reason", "Sent the same message to 300 people"), "suspend");
        assertRedirectsTo(ENDED, member.get("/identity/account/password.xhtml"));
        assertTrue(signInOverHttp(new WebSession(base), email, PASSWORD).body().contains("This account is suspended"));

        admin.submit(page, "reactivation", Map.of(), "reactivate");
        signedIn(email, PASSWORD);
    }

    @Test
    void aForgedRoleIsRefusedAndChangesNothing() {
        String email = account("forged", "STUDENT");
        WebSession admin = signedIn(account("guard", "ADMIN"), PASSWORD);
        HttpResponse<String> forged = admin.submit("/identity/admin/account.xhtml?id=" + idOf(email), "roles",
                Map.of("roles", "SUPERUSER"), "save");
        assertFalse(forged.body().contains("Roles saved"), forged.body());
        WebSession member = signedIn(email, PASSWORD);
        assertEquals(403, member.get("/identity/staff/domains.xhtml").statusCode());
    }

    @Test
    void anAdministratorGivesAStudentTheStaffRoleInTheBrowser() throws Exception {
        String student = account("future.staff", "STUDENT");
        String admin = account("roles.admin", "ADMIN");
        signInInBrowser(admin, PASSWORD);
        browser.click(By.linkText("Accounts"));
        browser.driver().findElement(By.id("search:text")).sendKeys(student.substring(0, student.indexOf('@')));
        browser.driver().findElement(By.id("search:find")).click();
        browser.waitFor(By.linkText("Test STUDENT"));
        browser.click(By.linkText("Test STUDENT"));
        browser.driver().findElement(By.cssSelector("input[type=checkbox][value=STAFF]")).click();
        browser.click(By.id("roles:save"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Roles saved"));

        WebSession promoted = signedIn(student, PASSWORD);
        assertEquals(200, promoted.get("/identity/staff/domains.xhtml").statusCode());
    }

    @Test
    void anEmployerRegistersAndStaffVerifyTheOrganisationInTheBrowser() throws Exception {
        String domain = "north" + System.nanoTime() + ".example.com";
        String employer = "priya@" + domain;
        browser.open(page("/identity/access/employer.xhtml"));
        browser.driver().findElement(By.id("employer:organisationName")).sendKeys("Northwind " + domain);
        browser.driver().findElement(By.id("employer:website")).sendKeys("https://www." + domain);
        browser.driver().findElement(By.id("employer:displayName")).sendKeys("Priya Nair");
        browser.driver().findElement(By.id("employer:email")).sendKeys(employer);
        browser.driver().findElement(By.id("employer:password")).sendKeys(PASSWORD);
        browser.click(By.id("employer:submit"));
        assertTrue(browser.text(By.id("sent")).contains(employer));

        signInInBrowser(account("verifier", "STAFF"), PASSWORD);
        browser.click(By.linkText("Organisations"));
        browser.click(By.xpath("//button[.//span[text()='Verify Northwind " + domain + "']]"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("is verified"));
        assertTrue(SentMail.await(employer, "Northwind " + domain + " is verified on Quad"));
    }

    @Test
    void staffConfirmAStudentsEducationOnTheProfilePage() throws Exception {
        String student = "attested." + System.nanoTime() + "@care.example.edu";
        long id = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", student,
                "name", "At Tested", "password", PASSWORD, "roles", "STUDENT", "education", "Registrar College")).body().strip());
        signInInBrowser(account("registrar", "STAFF"), PASSWORD);
        browser.open(page("/identity/profile/view.xhtml?id=" + id));
        browser.click(By.xpath("//button[.//span[text()='Confirm Registrar College']]"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Confirmed"));
        assertTrue(browser.text(By.tagName("main")).contains("Confirmed by the career center"));

        WebSession owner = signedIn(student, PASSWORD);
        assertTrue(owner.get("/identity/profile/view.xhtml?id=" + id).body().contains("Confirmed by the career center"));
        assertFalse(owner.get("/identity/profile/view.xhtml?id=" + id).body().contains("Career center: confirm education"),
                "only staff see the tools");
    }

    private String account(String name, String roles) {
        String email = name + "." + System.nanoTime() + "@care.example.edu";
        new WebSession(base).post("/test-support/accounts",
                Map.of("email", email, "name", "Test " + roles, "password", PASSWORD, "roles", roles));
        return email;
    }

    private long idOf(String email) {
        return Long.parseLong(new WebSession(base).post("/test-support/accounts",
                Map.of("email", email, "name", "-", "password", PASSWORD, "roles", "STUDENT")).body().strip());
    }

    private WebSession signedIn(String email, String password) {
        WebSession session = new WebSession(base);
        session.signIn(email, password);
        return session;
    }

    private HttpResponse<String> signInOverHttp(WebSession visitor, String email, String password) {
        return visitor.submit("/identity/access/signin.xhtml", "signin", Map.of("email", email, "password", password), "submit");
    }

    private void signInInBrowser(String email, String password) throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open(page("/identity/access/signin.xhtml"));
        browser.driver().findElement(By.id("signin:email")).sendKeys(email);
        browser.driver().findElement(By.id("signin:password")).sendKeys(password);
        browser.click(By.id("signin:submit"));
    }

    /**
     * The error shown in the input's own field (the form's {@code div.field} that holds it), or ""
     * when there is none, so that a message above the form does not count.
     */
    private static String fieldMessage(HttpResponse<String> page, String inputId) {
        String body = page.body();
        int input = body.indexOf("<input id=\"" + inputId + "\"");
        if (input < 0) {
            return "";
        }
        int nextField = body.indexOf("class=\"field", input);
        String field = body.substring(input, nextField < 0 ? body.length() : nextField);
        Matcher message = Pattern.compile("class=\"ui-message-error-detail\"[^>]*>(.*?)</span>", Pattern.DOTALL).matcher(field);
        return message.find() ? message.group(1).strip() : "";
    }

    private static void assertRedirectsTo(String path, HttpResponse<String> response) {
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith(path),
                response.headers().firstValue("Location").orElse("no Location"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URL page(String path) throws Exception {
        return URI.create(base.toString().replaceAll("/$", "") + path).toURL();
    }
}
