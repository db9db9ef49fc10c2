package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Networking flows as people click them, in Chromium with axe on every page. */
@ExtendWith(ArquillianExtension.class)
class NetworkingWebIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    private static Browser browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @ArquillianResource
    URL deployed;

    private URL base;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void setUp() {
        base = Deployments.onLoopback(deployed);
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void twoPeopleConnectWithANoteInTheirBrowsers() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String dana = "dana." + tag + "@campus.example.edu";
        String eli = "eli." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", dana, "name", "Dana Diaz", "password", PASSWORD,
                "roles", "STUDENT"));
        long eliId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", eli,
                "name", "Eli Evans", "password", PASSWORD, "roles", "STUDENT")).body().strip());
        signIn(dana);
        browser.open(page("/identity/profile/view.xhtml?id=" + eliId));
        assertFalse(browser.text(By.tagName("main")).contains("connections"), "no connection count on a profile");
        browser.click(By.id("connect"));
        browser.click(By.id("request:send"));
        assertTrue(browser.text(By.id("request")).contains("Write a short note"), "an empty note is refused at the field");
        browser.driver().findElement(By.id("request:note")).sendKeys("<b>Hi</b> from the robotics club, we built the rover together.");
        browser.click(By.id("request:send"));
        assertTrue(browser.text(By.id("done")).contains("Your request is sent"));

        browser.driver().manage().deleteAllCookies();
        signIn(eli);
        browser.click(By.linkText("My network"));
        browser.click(By.partialLinkText("Requests"));
        String inbox = browser.text(By.id("requests:incoming"));
        assertTrue(inbox.contains("<b>Hi</b> from the robotics club"), "the note is shown as typed, not as markup");
        assertTrue(inbox.contains("Dana Diaz"));
        browser.click(By.cssSelector("[id$='accept']"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("You are now connected with Dana Diaz"));
        browser.click(By.linkText("My network"));
        assertTrue(browser.text(By.id("connections:contacts")).contains("Dana Diaz"));

        browser.driver().manage().deleteAllCookies();
        signIn(dana);
        browser.open(page("/identity/profile/view.xhtml?id=" + eliId));
        assertEquals("Connected", browser.text(By.id("connection-state")));

        // Dana shares an update with her connections; Eli finds it in his feed and reacts.
        browser.click(By.linkText("Feed"));
        browser.driver().findElement(By.id("compose:body")).sendKeys("Rover demo on Friday <script>alert(1)</script> https://rover.example.org/demo");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("compose:audience")))
                .selectByValue("CONNECTIONS");
        browser.click(By.id("compose:post"));
        assertTrue(browser.text(By.id("feed")).contains("Rover demo on Friday <script>alert(1)</script>"), "shown as typed");

        browser.driver().manage().deleteAllCookies();
        signIn(eli);
        browser.click(By.linkText("Feed"));
        String feed = browser.text(By.id("feed"));
        assertTrue(feed.contains("Dana Diaz") && feed.contains("Rover demo on Friday"), feed);
        assertEquals("https://rover.example.org/demo",
                browser.driver().findElement(By.cssSelector("#feed .post__text a")).getAttribute("href"));
        assertTrue(browser.text(By.cssSelector("#feed .post__text a")).startsWith("rover.example.org"), "the link shows its real host");
        browser.driver().findElement(By.xpath("//article[contains(@aria-label,'Dana Diaz')]//button[contains(.,'Celebrate')]")).click();
        browser.waitFor(By.xpath("//button[contains(.,'Celebrate 1') and @aria-pressed='true']"));
    }

    private void signIn(String email) throws Exception {
        browser.open(page("/identity/access/signin.xhtml"));
        browser.driver().findElement(By.id("signin:email")).sendKeys(email);
        browser.driver().findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.click(By.id("signin:submit"));
    }

    private URL page(String path) throws Exception {
        return URI.create(base.toString().replaceAll("/$", "") + path).toURL();
    }
}
