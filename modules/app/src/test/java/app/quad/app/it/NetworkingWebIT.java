package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Networking flows as people click them, in Chromium with axe on every page. */
@ExtendWith(ArquillianExtension.class)
class NetworkingWebIT extends InBrowser {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
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

    @Test
    void aCoffeeChatIsProposedOnAProfileAgreedOnTheListAndTheInvitationArrivesByMail() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String fay = "fay." + tag + "@campus.example.edu";
        String gus = "gus." + tag + "@campus.example.edu";
        long fayId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", fay, "name", "Fay Fischer",
                "password", PASSWORD, "roles", "STUDENT")).body().strip());
        long gusId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", gus, "name", "Gus Garcia",
                "password", PASSWORD, "roles", "ALUMNI", "connectWith", Long.toString(fayId))).body().strip());

        signIn(fay);
        browser.open(page("/identity/profile/view.xhtml?id=" + gusId));
        browser.click(By.id("propose-coffee"));
        assertTrue(browser.text(By.id("propose")).contains("campus time, UTC"), "the tests run with the default campus zone");
        browser.click(By.id("propose:send"));
        assertTrue(browser.text(By.id("propose")).contains("Offer at least one time."), "nothing offered is refused at the first row");
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        type(By.id("propose:slot1"), day.toString());
        type(By.id("propose:time1"), "14:30");
        type(By.id("propose:slot2"), day.plusDays(1).toString());
        type(By.id("propose:time2"), "09:15");
        new Select(browser.driver().findElement(By.id("propose:duration"))).selectByValue("45");
        browser.driver().findElement(By.id("propose:place")).sendKeys("<i>Campus caf\u00e9</i>, table by the window");
        browser.click(By.id("propose:send"));
        assertTrue(browser.text(By.id("done")).contains("Your proposal is sent"));

        browser.driver().manage().deleteAllCookies();
        signIn(gus);
        browser.open(page("/networking/chats/list.xhtml"));
        String waiting = browser.text(By.id("chats:awaiting"));
        assertTrue(waiting.contains("Fay Fischer"), waiting);
        assertTrue(waiting.contains("45 minutes at <i>Campus caf\u00e9</i>, table by the window"), "the place is shown as typed: " + waiting);
        String firstTime = browser.driver().findElement(By.cssSelector("[id$='pick']")).getText();
        assertTrue(firstTime.contains("14:30"), "the earlier time comes first: " + firstTime);
        browser.click(By.cssSelector("[id$='pick']"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Agreed: coffee chat with Fay Fischer"));
        assertTrue(browser.text(By.id("chats:upcoming")).contains("Fay Fischer"));

        String invitation = SentMail.calendarTo(gus);
        assertTrue(invitation.toLowerCase().startsWith("text/calendar") && invitation.toLowerCase().contains("method=request"), invitation);
        assertTrue(invitation.contains("BEGIN:VCALENDAR"), invitation);
        assertTrue(invitation.contains("METHOD:REQUEST"), invitation);
        assertTrue(invitation.contains("DTSTART:" + day.toString().replace("-", "") + "T143000Z"), invitation);
        assertTrue(invitation.contains("DTEND:" + day.toString().replace("-", "") + "T151500Z"), invitation);
        assertTrue(invitation.contains("SUMMARY:Coffee chat: Gus Garcia and Fay Fischer"), invitation);
        assertTrue(invitation.contains("mailto:" + gus) && !invitation.contains(fay), "only the recipient's own address");
        assertTrue(SentMail.calendarTo(fay).contains("DTSTART:" + day.toString().replace("-", "") + "T143000Z"));

        String download = browser.driver().findElement(By.partialLinkText("Add to calendar")).getAttribute("href");
        String path = URI.create(download).getPath().substring(base.getPath().replaceAll("/$", "").length())
                + "?" + URI.create(download).getQuery();
        WebSession gusSession = new WebSession(base);
        gusSession.signIn(gus, PASSWORD);
        var file = gusSession.get(path);
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(file.body().contains("METHOD:REQUEST"));
        WebSession stranger = new WebSession(base);
        String other = "hal." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", other, "name", "Hal Hill", "password", PASSWORD,
                "roles", "STUDENT"));
        stranger.signIn(other, PASSWORD);
        assertEquals(404, stranger.get(path).statusCode(), "someone else's chat is not found");
    }

    /** Sets a date or time input the way the browser's picker would, whatever the browser's locale. */
    private void type(By input, String value) {
        WebElement element = browser.driver().findElement(input);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", element, value);
    }

    @Test
    void theBlockPageNamesNobodyTheVisitorMayNotSee() {
        String tag = Long.toString(System.nanoTime());
        long hidden = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", "hidden." + tag + "@campus.example.edu",
                "name", "Hidden Student", "password", PASSWORD, "roles", "STUDENT")).body().strip());
        String recruiter = "recruiter." + tag + "@agency.example.com";
        new WebSession(base).post("/test-support/accounts", Map.of("email", recruiter, "name", "Rec Ruiter", "password", PASSWORD,
                "roles", "EMPLOYER"));
        WebSession session = new WebSession(base);
        session.signIn(recruiter, PASSWORD);
        var response = session.get("/networking/connections/block.xhtml?id=" + hidden);
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("Hidden Student"));
    }

    @Test
    void someoneWhoWroteFirstCanBeBlockedThoughTheirProfileIsPrivate() {
        String tag = Long.toString(System.nanoTime());
        String reader = "reader." + tag + "@campus.example.edu";
        long readerId = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", reader, "name", "Rea Der",
                "password", PASSWORD, "roles", "STUDENT")).body().strip());
        long writer = Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", "writer." + tag + "@campus.example.edu",
                "name", "Pushy Writer", "password", PASSWORD, "roles", "STUDENT", "visibility", "PROFILE:ONLY_ME",
                "messageTo", Long.toString(readerId))).body().strip());
        WebSession session = new WebSession(base);
        session.signIn(reader, PASSWORD);
        var response = session.get("/networking/connections/block.xhtml?id=" + writer);
        assertEquals(200, response.statusCode(), "a conversation is dealings enough");
        assertTrue(response.body().contains("Pushy Writer"));
        var blocked = session.submit("/networking/connections/block.xhtml?id=" + writer, "block", Map.of(), "confirm");
        assertTrue(blocked.body().contains("Pushy Writer is blocked."), blocked.body());
    }

    private void signIn(String email) {
        browser.signIn(base, email, PASSWORD);
    }

    private URL page(String path) {
        return Deployments.page(base, path);
    }
}
