package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Campus sign-in through OpenID Connect against a real provider run by the tests (see
 * {@link CampusIdentityProvider}): in headless Chromium from the button on the sign-in page, and
 * over plain HTTP where the session and the callback's checks matter.
 */
@ExtendWith(ArquillianExtension.class)
class SsoIT extends InBrowser {

    private static final String DOMAIN = "campus.example.edu";
    private static final String PASSWORD = "violet harbour kettle 42";
    private static final String SIGN_IN = "/identity/access/signin.xhtml";

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-sso")
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @BeforeEach
    void setUp() {
        new WebSession(base).post("/test-support/accounts", Map.of("campusDomain", DOMAIN));
    }

    @Test
    void aCampusPersonSignsInFromTheButtonAndIsRecognisedByTheirSubjectAfterwards() throws Exception {
        String subject = "campus-person-" + System.nanoTime();
        String email = "cam.pus." + System.nanoTime() + "@" + DOMAIN;
        browser.open(page(SIGN_IN + "?next=/about.xhtml"));
        assertEquals("Sign in with your campus account", browser.text(By.id("sso")));

        provider().nextSignIn(subject, Map.of("email", email, "email_verified", true, "name", "Cam Pus"));
        browser.click(By.id("sso"));
        assertEquals("How Quad works", browser.text(By.tagName("h1")), "back on the page the person started from");
        assertEquals("Cam Pus", browser.text(By.cssSelector(".user-menu__name")));
        browser.click(By.id("user-menu:sign-out"));

        // The campus has since changed the person's address and name: the subject still finds the account.
        provider().nextSignIn(subject, Map.of("email", "renamed." + email, "email_verified", true, "name", "Some One"));
        browser.open(page(SIGN_IN));
        browser.click(By.id("sso"));
        assertEquals("Cam Pus", browser.text(By.cssSelector(".user-menu__name")));
        browser.click(By.id("user-menu:sign-out"));
    }

    @Test
    void anAddressTheCampusDidNotVerifyIsRefused() throws Exception {
        provider().nextSignIn("unverified-" + System.nanoTime(), Map.of(
                "email", "unverified." + System.nanoTime() + "@" + DOMAIN, "email_verified", false));
        browser.open(page(SIGN_IN));
        browser.click(By.id("sso"));
        assertTrue(browser.text(By.id("signin:messages")).contains("did not confirm an e-mail address"));
        assertTrue(browser.driver().findElements(By.cssSelector(".user-menu__name")).isEmpty(), "not signed in");
    }

    @Test
    void aNewAddressOffCampusIsRefused() throws Exception {
        provider().nextSignIn("outsider-" + System.nanoTime(), Map.of(
                "email", "out.sider." + System.nanoTime() + "@elsewhere.example.org", "email_verified", true));
        browser.open(page(SIGN_IN));
        browser.click(By.id("sso"));
        assertTrue(browser.text(By.id("signin:messages")).contains("Campus sign-in is for addresses of the campus"));
        assertTrue(browser.driver().findElements(By.cssSelector(".user-menu__name")).isEmpty(), "not signed in");
    }

    @Test
    void anUnconfirmedAccountBecomesActiveThroughCampusSignIn() throws Exception {
        String email = "una.confirmed." + System.nanoTime() + "@" + DOMAIN;
        WebSession visitor = new WebSession(base);
        visitor.submit("/identity/access/signup.xhtml", "signup", Map.of("role", "STUDENT",
                "displayName", "Una Confirmed", "email", email, "password", PASSWORD), "submit");
        assertTrue(signInWithPassword(visitor, email).body().contains("Confirm your e-mail address first"));

        provider().nextSignIn("una-" + System.nanoTime(), Map.of("email", email, "email_verified", true, "name", "U. C."));
        browser.open(page(SIGN_IN));
        browser.click(By.id("sso"));
        assertEquals("Una Confirmed", browser.text(By.cssSelector(".user-menu__name")), "the account that was there");
        browser.click(By.id("user-menu:sign-out"));

        assertEquals(302, signInWithPassword(new WebSession(base), email).statusCode(), "the account is active now");
    }

    @Test
    void aSuspensionForAPeriodThatHasEndedEndsAtCampusSignIn() throws Exception {
        String email = "sus.pended." + System.nanoTime() + "@" + DOMAIN;
        new WebSession(base).post("/test-support/accounts", Map.of("email", email, "name", "Sus Pended", "password", PASSWORD,
                "roles", "STUDENT", "endedSuspension", "true"));

        provider().nextSignIn("suspended-" + System.nanoTime(), Map.of("email", email, "email_verified", true, "name", "S. P."));
        browser.open(page(SIGN_IN));
        browser.click(By.id("sso"));
        assertEquals("Sus Pended", browser.text(By.cssSelector(".user-menu__name")), "signed in: the suspension is over");
        browser.click(By.id("user-menu:sign-out"));
    }

    @Test
    void campusSignInGivesANewSessionIdThatStaysSignedIn() {
        String email = "session." + System.nanoTime() + "@" + DOMAIN;
        provider().nextSignIn("session-" + System.nanoTime(), Map.of("email", email, "email_verified", true,
                "name", "Ses Sion"));
        WebSession visitor = new WebSession(base);
        HttpResponse<String> start = visitor.get("/identity/access/sso");
        assertEquals(302, start.statusCode());
        String before = visitor.cookie("JSESSIONID");

        String callback = atProvider(start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> back = visitor.get(callback.substring(callback.indexOf("/identity/")));
        assertEquals(302, back.statusCode());
        assertNotEquals(before, visitor.cookie("JSESSIONID"));

        HttpResponse<String> home = visitor.get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Ses Sion"), "still signed in on the next request");
    }

    @Test
    void aCallbackNoSignInStartedIsRefused() {
        WebSession visitor = new WebSession(base);
        HttpResponse<String> response = visitor.get("/identity/access/sso/callback?code=made-up&state=made-up");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith(SIGN_IN + "?sso=failed"));
        assertFalse(visitor.get("/").body().contains("user-menu__name"), "not signed in");
    }

    /** Follows Quad's redirect to the provider, which answers at once with a redirect back. */
    private static String atProvider(String authorizationUrl) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, response.statusCode(), response.body());
            return response.headers().firstValue("Location").orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> signInWithPassword(WebSession visitor, String email) {
        return visitor.submit(SIGN_IN, "signin", Map.of("email", email, "password", PASSWORD), "submit");
    }

    private static CampusIdentityProvider provider() {
        return TestServices.identityProvider();
    }

    private URL page(String path) throws Exception {
        return URI.create(base.toString().replaceAll("/$", "") + path).toURL();
    }
}
