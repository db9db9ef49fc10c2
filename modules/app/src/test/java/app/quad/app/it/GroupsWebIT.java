package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Groups as people click them, in Chromium with axe on every page. */
@ExtendWith(ArquillianExtension.class)
class GroupsWebIT extends InBrowser {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Test
    void aStudentCreatesAClosedGroupAndApprovesARequestToJoin() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String gia = "gia." + tag + "@campus.example.edu";
        String hal = "hal." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", gia, "name", "Gia Green", "password", PASSWORD,
                "roles", "STUDENT"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", hal, "name", "Hal Hill", "password", PASSWORD,
                "roles", "STUDENT"));
        String name = "Birdwatchers " + tag;

        signIn(gia);
        browser.click(By.linkText("Groups"));
        browser.click(By.linkText("Propose a group"));
        browser.driver().findElement(By.id("group:name")).sendKeys(name);
        browser.driver().findElement(By.id("group:description")).sendKeys("We watch <script>alert(1)</script> birds.");
        new Select(browser.driver().findElement(By.id("group:category"))).selectByValue("INTEREST");
        new Select(browser.driver().findElement(By.id("group:visibility"))).selectByValue("CLOSED");
        browser.click(By.id("group:create"));
        assertTrue(browser.text(By.id("group")).contains("must be plain text"), "script is refused at the field");
        browser.driver().findElement(By.id("group:description")).clear();
        browser.driver().findElement(By.id("group:description")).sendKeys("We watch birds on the lake.");
        browser.click(By.id("group:create"));
        assertTrue(browser.text(By.id("group-title")).contains(name));

        browser.driver().manage().deleteAllCookies();
        signIn(hal);
        browser.click(By.linkText("Groups"));
        browser.driver().findElement(By.id("directory:search")).sendKeys(tag);
        browser.click(By.id("directory:find"));
        browser.click(By.linkText(name));
        assertTrue(browser.text(By.tagName("main")).contains("Only the group's members see who is in it."));
        browser.click(By.id("membership:join"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Your request is sent"));

        browser.driver().manage().deleteAllCookies();
        signIn(gia);
        browser.click(By.linkText("Groups"));
        browser.driver().findElement(By.id("directory:search")).sendKeys(tag);
        browser.click(By.id("directory:find"));
        browser.click(By.linkText(name));
        browser.click(By.id("manage"));
        assertTrue(browser.text(By.id("requests:waiting")).contains("Hal Hill"));
        browser.click(By.cssSelector("[id$='approve']"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Hal Hill is now a member."));
        assertTrue(browser.text(By.id("members:list")).contains("Hal Hill"));

        browser.driver().manage().deleteAllCookies();
        signIn(hal);
        browser.click(By.linkText("Groups"));
        browser.driver().findElement(By.id("directory:search")).sendKeys(tag);
        browser.click(By.id("directory:find"));
        browser.click(By.linkText(name));
        assertTrue(browser.text(By.id("people:members")).contains("Gia Green"), "a member sees the members");
        assertFalse(browser.driver().findElements(By.id("manage")).stream().anyMatch(e -> e.isDisplayed()), "members do not manage");

        // Hal's first thread waits for approval (a CLOSED group); script is refused at its field first.
        browser.driver().findElement(By.id("thread:title")).sendKeys("Herons at dawn");
        browser.driver().findElement(By.id("thread:body")).sendKeys("Who saw the herons? <script>alert(1)</script>");
        browser.click(By.id("thread:post"));
        assertTrue(browser.text(By.id("thread")).contains("must be plain text"), "script is refused at the field");
        browser.driver().findElement(By.id("thread:body")).clear();
        browser.driver().findElement(By.id("thread:body")).sendKeys("Who saw the herons this morning?");
        browser.click(By.id("thread:post"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("waits for a manager's approval"));

        // Gia approves it, replies and pins it.
        browser.driver().manage().deleteAllCookies();
        signIn(gia);
        openGroup(tag, name);
        browser.click(By.id("manage"));
        assertTrue(browser.text(By.id("pending:posts")).contains("Herons at dawn"));
        browser.click(By.id("pending:posts:0:approve"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("is published"));
        browser.click(By.linkText("Back to the group"));
        browser.click(By.linkText("Herons at dawn"));
        browser.driver().findElement(By.id("respond:reply")).sendKeys("Three of them, by the boathouse.");
        browser.click(By.id("respond:send"));
        assertTrue(browser.text(By.id("replies:list")).contains("Three of them, by the boathouse."));
        browser.click(By.id("actions:pin"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("pinned"));
        assertTrue(browser.text(By.tagName("main")).contains("Pinned"));

        // Hal finds it in his feed, as a card among the posts, with Gia's reply.
        browser.driver().manage().deleteAllCookies();
        signIn(hal);
        browser.open(page("/networking/feed/home.xhtml"));
        String card = browser.text(By.cssSelector("#feed .post--entry"));
        assertTrue(card.contains("Herons at dawn") && card.contains("in " + name) && card.contains("Hal Hill"), card);
        assertTrue(card.contains("Who saw the herons this morning?"), card);
        assertTrue(browser.driver().findElements(By.id("from-groups")).isEmpty(), "no separate section any more");
        browser.checkAccessibility();
        browser.click(By.linkText("Herons at dawn"));
        assertTrue(browser.text(By.id("replies:list")).contains("Three of them, by the boathouse."));
        assertTrue(browser.driver().findElements(By.id("actions:pin")).isEmpty(), "members do not pin");
    }

    private void openGroup(String tag, String name) {
        browser.click(By.linkText("Groups"));
        browser.driver().findElement(By.id("directory:search")).sendKeys(tag);
        browser.click(By.id("directory:find"));
        browser.click(By.linkText(name));
    }

    private void signIn(String email) {
        browser.signIn(base, email, PASSWORD);
    }

    private URL page(String path) {
        return Deployments.page(base, path);
    }
}
