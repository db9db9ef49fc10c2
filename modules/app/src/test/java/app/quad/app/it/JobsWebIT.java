package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
 * (bad pay refused at the field), staff approve it, a student finds it by search and applies with
 * their résumé, the employer moves the application to interview (and downloading the résumé copy is
 * logged for the student; another organisation cannot open it), and the student sees the new status.
 */
@ExtendWith(ArquillianExtension.class)
class JobsWebIT extends InBrowser {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
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
        long profileResume = Long.parseLong(postFile("/test-support/uploads?profile=true&kind=RESUME&name=cv.pdf&owner="
                + java.net.URLEncoder.encode(student, java.nio.charset.StandardCharsets.UTF_8), minimalPdf()).strip());
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
        type("search:searchName", "Rovers");
        browser.click(By.id("search:save"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Search kept as \u201cRovers\u201d"));
        assertTrue(browser.text(By.id("saved")).contains("Rovers"));
        browser.click(By.linkText(title));
        assertTrue(browser.text(By.tagName("main")).contains("Write the software for a lunar rover."));
        WebElement answer = browser.driver().findElement(By.cssSelector("textarea[id$='answer']"));
        answer.sendKeys("A six-wheeled one.");
        browser.click(By.id("apply:send"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Your application is sent"));
        assertTrue(browser.text(By.id("application-status")).contains("Submitted"));
        browser.click(By.id("report:send"));
        assertTrue(browser.text(By.id("report")).contains("Choose why you report this posting."), "refused at the field");
        new Select(browser.driver().findElement(By.id("report:reason"))).selectByValue("SPAM");
        browser.click(By.id("report:send"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("the moderators will look at this posting"));

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

        // The résumé sent with the application is a copy; the employer's download goes into the student's disclosure log.
        String resume = java.net.URI.create(browser.driver().findElement(By.xpath("//tr[contains(., 'Stu Dent')]//a[contains(@href, '/files/')]"))
                .getAttribute("href")).getPath();
        assertTrue(resume.matches(".*/files/\\d+/original") && !resume.contains("/files/" + profileResume + "/"), resume);
        WebSession outsider = new WebSession(base);
        String otherDomain = "other" + domain;
        String otherOrganisation = new WebSession(base).post("/test-support/accounts", Map.of("verifiedOrganisation", otherDomain)).body().strip();
        new WebSession(base).post("/test-support/accounts", Map.of("email", "hr@" + otherDomain, "name", "Otto Other", "password", PASSWORD,
                "roles", "EMPLOYER", "organisationId", otherOrganisation));
        outsider.signIn("hr@" + otherDomain, PASSWORD);
        assertEquals(404, outsider.get(resume.substring(resume.indexOf("/files/"))).statusCode(), "another organisation cannot open it");
        WebSession recruiter = new WebSession(base);
        recruiter.signIn(employer, PASSWORD);
        assertEquals(200, recruiter.get(resume.substring(resume.indexOf("/files/"))).statusCode());
        WebSession me = new WebSession(base);
        me.signIn(student, PASSWORD);
        String log = me.get("/identity/account/disclosures.xhtml").body();
        assertTrue(log.contains("Rae Cruiter") && log.contains("Downloaded your résumé"), "the download is in the disclosure log");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.open(Deployments.page(base, "/jobs/applications/mine.xhtml"));
        assertTrue(browser.text(By.id("applications:list")).contains(title));
        assertTrue(browser.text(By.id("applications:list")).contains("Interview"), "the student sees the new status");
    }

    private String postFile(String pathAndQuery, byte[] body) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString().replaceAll("/$", "") + pathAndQuery))
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

    private void type(String id, String text) {
        browser.driver().findElement(By.id(id)).sendKeys(text);
    }
}
