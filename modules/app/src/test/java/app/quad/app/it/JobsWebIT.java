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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A posting from an employer to a hire, in Chromium with axe on every page: the employer writes it
 * (bad pay refused at the field), staff approve it, a student finds it by search and applies, the
 * employer moves the application to interview and the student sees it.
 */
@ExtendWith(ArquillianExtension.class)
class JobsWebIT {

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
    void staffApproveAPostingAStudentFindsAndAppliesAndTheEmployerInvitesThemToInterview() throws Exception {
        String tag = "w" + Long.toString(System.nanoTime(), 36);
        String domain = "hire" + tag + ".example.com";
        String organisation = new WebSession(base).post("/test-support/accounts", Map.of("verifiedOrganisation", domain)).body().strip();
        String employer = "hr@" + domain;
        String staff = "staff." + tag + "@campus.example.edu";
        String student = "stu." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", employer, "name", "Rae Cruiter", "password", PASSWORD,
                "roles", "EMPLOYER", "organisationId", organisation));
        new WebSession(base).post("/test-support/accounts", Map.of("email", staff, "name", "Sam Staff", "password", PASSWORD,
                "roles", "STAFF"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Stu Dent", "password", PASSWORD,
                "roles", "STUDENT"));
        String title = "Rover software intern " + tag;

        browser.signIn(base, employer, PASSWORD);
        browser.click(By.linkText("Jobs"));
        browser.click(By.id("new"));
        type("posting:title", title);
        type("posting:description", "<p>Write the <strong>software</strong> for a lunar rover.</p><script>alert(1)</script>");
        new Select(browser.driver().findElement(By.id("posting:type"))).selectByValue("INTERNSHIP");
        type("posting:location", "Houston, TX");
        new Select(browser.driver().findElement(By.id("posting:payPeriod"))).selectByValue("HOUR");
        type("posting:payMin", "30");
        type("posting:payMax", "20");
        type("posting:deadline", LocalDate.now().plusDays(20).toString());
        type("posting:questions", "Which rover would you build?");
        browser.click(By.id("posting:submit"));
        assertTrue(browser.text(By.id("posting")).contains("The highest pay (20) is below the lowest pay (30)."), "refused at the field");
        assertEquals(title, browser.driver().findElement(By.id("posting:title")).getAttribute("value"), "nothing typed is lost");
        browser.driver().findElement(By.id("posting:payMax")).clear();
        type("posting:payMax", "40");
        browser.click(By.id("posting:submit"));
        assertTrue(browser.text(By.id("status")).contains("Waiting for the career center"));
        assertTrue(browser.text(By.id("pay")).contains("$30\u201340 per hour"));
        String postingUrl = browser.driver().getCurrentUrl();

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, staff, PASSWORD);
        browser.click(By.linkText("Jobs"));
        browser.click(By.id("review"));
        browser.click(By.xpath("//tr[contains(., '" + title + "')]//button[contains(@id, 'approve')]"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("is published"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.click(By.linkText("Jobs"));
        type("search:text", "rover " + tag);
        browser.click(By.id("search:find"));
        browser.click(By.linkText(title));
        assertTrue(browser.text(By.tagName("main")).contains("Write the software for a lunar rover."));
        WebElement answer = browser.driver().findElement(By.cssSelector("textarea[id$='answer']"));
        answer.sendKeys("A six-wheeled one.");
        browser.click(By.id("apply:send"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Your application is sent"));
        assertTrue(browser.text(By.id("application-status")).contains("Submitted"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, employer, PASSWORD);
        browser.open(new URL(postingUrl));
        browser.click(By.id("applicants"));
        assertTrue(browser.text(By.id("applicants:list")).contains("Stu Dent"));
        assertTrue(browser.text(By.id("applicants:list")).contains("A six-wheeled one."));
        browser.driver().findElement(By.xpath("//tr[contains(., 'Stu Dent')]//input[@type='checkbox']")).click();
        new Select(browser.driver().findElement(By.id("applicants:status"))).selectByValue("INTERVIEW");
        browser.click(By.id("applicants:move"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("1 application moved to interview"));
        assertTrue(browser.text(By.id("applicants:list")).contains("Interview"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/jobs/applications/mine.xhtml"));
        assertTrue(browser.text(By.id("applications:list")).contains(title));
        assertTrue(browser.text(By.id("applications:list")).contains("Interview"), "the student sees the new status");
    }

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }
}
