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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderation as people click it, in Chromium with axe on every page: a member reports an employer's
 * scam post, a moderator removes it and suspends the employer, the reporter sees the outcome, and the
 * employer can no longer sign in, once with a feed post and once with a job posting.
 */
@ExtendWith(ArquillianExtension.class)
class ModerationWebIT extends InBrowser {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Test
    void aMemberReportsAScamAModeratorRemovesItAndTheEmployerIsSuspended() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String domain = "fasthire" + tag + ".example.com";
        String organisation = new WebSession(base).post("/test-support/accounts", Map.of("verifiedOrganisation", domain)).body().strip();
        String scammer = "recruiter@" + domain;
        String scam = "Paid remote role " + tag + ", no interview needed, reply today to secure your place";
        String post = new WebSession(base).post("/test-support/accounts", Map.of("email", scammer, "name", "Rex Recruiter",
                "password", PASSWORD, "roles", "EMPLOYER", "organisationId", organisation, "campusPost", scam)).body().strip();
        String student = "sam." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Sam Student", "password", PASSWORD,
                "roles", "STUDENT"));
        String moderator = "mo." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", moderator, "name", "Mo Moderator", "password", PASSWORD,
                "roles", "MODERATOR"));

        // The student reports the post with a reason.
        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/networking/feed/post.xhtml?id=" + post));
        new Select(browser.driver().findElement(By.id("report:reason"))).selectByValue("SCAM");
        browser.driver().findElement(By.id("report:detail")).sendKeys("Sounds like a job scam");
        browser.click(By.id("report:send"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("The moderators will look at this post"));
        browser.open(Deployments.page(base, "/moderation/reports/mine.xhtml"));
        assertTrue(browser.text(By.id("mine:reports")).contains("Under review"));

        // The moderator finds the case in the queue, removes the post and suspends its author.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, moderator, PASSWORD);
        browser.click(By.linkText("Moderation"));
        new Select(browser.driver().findElement(By.id("queue:kind"))).selectByValue("networking.post");
        new Select(browser.driver().findElement(By.id("queue:reason"))).selectByValue("SCAM");
        browser.click(By.id("queue:find"));
        browser.click(By.cssSelector("#queue\\:cases a"));
        assertEquals(scam, browser.text(By.id("item-text")));
        assertTrue(browser.text(By.tagName("main")).contains("Sounds like a job scam"));
        new Select(browser.driver().findElement(By.id("decide:action"))).selectByValue("REMOVE");
        browser.driver().findElement(By.id("decide:reason")).sendKeys("Recruitment scam");
        browser.click(By.id("decide:apply"));
        assertTrue(browser.text(By.id("decide")).contains("done"), () -> browser.text(By.tagName("main")));
        new Select(browser.driver().findElement(By.id("decide:action"))).selectByValue("SUSPEND");
        new Select(browser.driver().findElement(By.id("decide:until"))).selectByValue("30");
        browser.driver().findElement(By.id("decide:reason")).sendKeys("Posting recruitment scams");
        browser.click(By.id("decide:apply"));
        assertTrue(browser.text(By.id("author-status")).startsWith("SUSPENDED until"), browser.text(By.id("author-status")));

        // The reporter sees the outcome.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/moderation/reports/mine.xhtml"));
        // The page shows the latest action; the notice of the first decision said what happened to the post.
        assertTrue(browser.text(By.id("mine:reports")).contains("Moderators suspended its author's account"),
                () -> browser.text(By.id("mine:reports")));
        browser.open(Deployments.page(base, "/networking/notifications/list.xhtml"));
        assertTrue(browser.text(By.tagName("main")).contains("Your report of a post: Removed by moderators."),
                () -> browser.text(By.tagName("main")));
        browser.open(Deployments.page(base, "/networking/feed/post.xhtml?id=" + post));
        assertTrue(browser.driver().findElements(By.id("report:send")).isEmpty(), "the post is gone");

        // The employer can no longer sign in.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, scammer, PASSWORD);
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("This account is suspended"));
    }

    @Test
    void aStudentReportsAScamPostingAModeratorRemovesItAndTheEmployerIsBanned() throws Exception {
        String tag = "m" + Long.toString(System.nanoTime(), 36);
        String domain = "quickjobs" + tag + ".example.com";
        String organisation = new WebSession(base).post("/test-support/accounts", Map.of("verifiedOrganisation", domain)).body().strip();
        String employer = "hr@" + domain;
        String staff = "staff." + tag + "@campus.example.edu";
        String student = "stu." + tag + "@campus.example.edu";
        String moderator = "mod." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", employer, "name", "Rae Cruiter", "password", PASSWORD,
                "roles", "EMPLOYER", "organisationId", organisation));
        new WebSession(base).post("/test-support/accounts", Map.of("email", staff, "name", "Sam Staff", "password", PASSWORD,
                "roles", "STAFF"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Stu Dent", "password", PASSWORD,
                "roles", "STUDENT"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", moderator, "name", "Mo Derator", "password", PASSWORD,
                "roles", "MODERATOR"));
        String title = "Mystery shopper " + tag;

        browser.signIn(base, employer, PASSWORD);
        browser.click(By.linkText("Jobs"));
        browser.click(By.id("new"));
        browser.driver().findElement(By.id("posting:title")).sendKeys(title);
        browser.driver().findElement(By.id("posting:description")).sendKeys("<p>Flexible hours. We explain the details once you apply.</p>");
        new Select(browser.driver().findElement(By.id("posting:type"))).selectByValue("PART_TIME");
        browser.driver().findElement(By.id("posting:location")).sendKeys("Anywhere");
        new Select(browser.driver().findElement(By.id("posting:payPeriod"))).selectByValue("HOUR");
        browser.driver().findElement(By.id("posting:payMin")).sendKeys("20");
        browser.driver().findElement(By.id("posting:payMax")).sendKeys("25");
        browser.driver().findElement(By.id("posting:deadline")).sendKeys(java.time.LocalDate.now().plusDays(20).toString());
        browser.click(By.id("posting:submit"));
        String postingUrl = browser.driver().getCurrentUrl();

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, staff, PASSWORD);
        browser.click(By.linkText("Jobs"));
        browser.click(By.id("review"));
        browser.click(By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'approve')]"));

        // The student reports it from the posting's page.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.open(new URL(postingUrl));
        new Select(browser.driver().findElement(By.id("report:reason"))).selectByValue("SCAM");
        browser.driver().findElement(By.id("report:detail")).sendKeys("They asked me to buy gift cards first");
        browser.click(By.id("report:send"));

        // The moderator removes it and bans the employer.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, moderator, PASSWORD);
        browser.click(By.linkText("Moderation"));
        new Select(browser.driver().findElement(By.id("queue:kind"))).selectByValue("jobs.posting");
        new Select(browser.driver().findElement(By.id("queue:reason"))).selectByValue("SCAM");
        browser.click(By.id("queue:find"));
        browser.click(By.cssSelector("#queue\\:cases a"));
        assertTrue(browser.text(By.id("item-name")).contains(title), () -> browser.text(By.tagName("main")));
        assertTrue(browser.text(By.tagName("main")).contains("gift cards"));
        new Select(browser.driver().findElement(By.id("decide:action"))).selectByValue("REMOVE");
        browser.driver().findElement(By.id("decide:reason")).sendKeys("Recruitment scam");
        browser.click(By.id("decide:apply"));
        new Select(browser.driver().findElement(By.id("decide:action"))).selectByValue("BAN");
        browser.driver().findElement(By.id("decide:reason")).sendKeys("Recruitment scams");
        browser.click(By.id("decide:apply"));
        assertEquals("SUSPENDED", browser.text(By.id("author-status")));

        // The student is told; the employer cannot sign in.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/networking/notifications/list.xhtml"));
        assertTrue(browser.text(By.tagName("main")).contains("Your report of a job posting: Removed by moderators."),
                () -> browser.text(By.tagName("main")));
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, employer, PASSWORD);
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("This account is suspended"));
    }

    @Test
    void staffSetTheLimitsWithAClearMessageAtAWrongField() throws Exception {
        String staff = "stella." + System.nanoTime() + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", staff, "name", "Stella Staff", "password", PASSWORD,
                "roles", "STAFF"));
        browser.signIn(base, staff, PASSWORD);
        browser.open(Deployments.page(base, "/moderation/rules/list.xhtml"));
        By budget = By.id("limits:newAccountDailyBudget");
        String before = browser.driver().findElement(budget).getAttribute("value");

        type(budget, "lots");
        browser.click(By.id("limits:save"));
        assertTrue(browser.text(By.id("limits")).contains("Enter a whole number."), () -> browser.text(By.id("limits")));
        type(budget, "0");
        browser.click(By.id("limits:save"));
        assertTrue(browser.text(By.id("limits")).contains("Enter a number from 1 to 100000 (a day)."), () -> browser.text(By.id("limits")));
        assertEquals("0", browser.driver().findElement(budget).getAttribute("value"), "what was typed stays");

        type(budget, before);
        browser.click(By.id("limits:save"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("The limits apply from now on."));
    }

    private void type(By field, String text) {
        browser.driver().findElement(field).clear();
        browser.driver().findElement(field).sendKeys(text);
    }

    @Test
    void aMemberReportsAProfileFromItsPage() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String fake = "fake." + tag + "@campus.example.edu";
        String id = new WebSession(base).post("/test-support/accounts", Map.of("email", fake, "name", "Fay Fake", "password", PASSWORD,
                "roles", "ALUMNI")).body().strip();
        String student = "rita." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Rita Reporter", "password", PASSWORD,
                "roles", "STUDENT"));

        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/identity/profile/view.xhtml?id=" + id));
        browser.click(By.id("report-member"));
        assertTrue(browser.text(By.tagName("main")).contains("Profile of Fay Fake"));
        new Select(browser.driver().findElement(By.id("report:reason"))).selectByValue("OTHER");
        browser.click(By.id("report:send"));
        assertTrue(browser.text(By.id("report")).contains("Say in a few words what is wrong."), "OTHER needs words, at the field");
        browser.driver().findElement(By.id("report:detail")).sendKeys("Claims to be the dean");
        browser.click(By.id("report:send"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Thank you"));
        browser.open(Deployments.page(base, "/moderation/reports/mine.xhtml"));
        assertTrue(browser.text(By.id("mine:reports")).contains("Profile of Fay Fake"));
    }
}
