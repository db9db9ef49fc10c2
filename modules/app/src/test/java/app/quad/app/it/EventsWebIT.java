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

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The events calendar as people click it, in Chromium with axe on every page. */
@ExtendWith(ArquillianExtension.class)
class EventsWebIT extends InBrowser {

    private static final String PASSWORD = "harbour lantern violet 88";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Test
    void aStudentRsvpsToAFairAndStaffCheckThemInWithTheCode() {
        String tag = Long.toString(System.nanoTime());
        String staff = "sam." + tag + "@campus.example.edu";
        String student = "stu." + tag + "@campus.example.edu";
        new WebSession(base).post("/test-support/accounts", Map.of("email", staff, "name", "Sam Staff", "password", PASSWORD, "roles", "STAFF"));
        new WebSession(base).post("/test-support/accounts", Map.of("email", student, "name", "Stu Dent", "password", PASSWORD,
                "roles", "STUDENT"));
        String title = "Campus career fair " + tag;

        // Staff create the fair: a capacity of 0 is refused at its field, and what was typed stays.
        browser.signIn(base, staff, PASSWORD);
        browser.click(By.linkText("Events"));
        browser.click(By.id("create"));
        LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusHours(2).truncatedTo(ChronoUnit.MINUTES);
        browser.driver().findElement(By.id("event:title")).sendKeys(title);
        new Select(browser.driver().findElement(By.id("event:kind"))).selectByValue("CAREER_FAIR");
        new Select(browser.driver().findElement(By.id("event:zone"))).selectByValue("UTC");
        browser.driver().findElement(By.id("event:place")).sendKeys("Student Union, Hall B");
        type(By.id("event:startDay"), start.toLocalDate().toString());
        type(By.id("event:startTime"), start.toLocalTime().toString());
        type(By.id("event:endDay"), start.plusHours(3).toLocalDate().toString());
        type(By.id("event:endTime"), start.plusHours(3).toLocalTime().toString());
        browser.driver().findElement(By.id("event:capacity")).sendKeys("0");
        browser.driver().findElement(By.id("event:description")).sendKeys("Meet forty employers.");
        browser.click(By.id("event:create"));
        assertTrue(browser.text(By.id("event")).contains("The capacity must be at least 1 seat."));
        assertEquals(title, browser.driver().findElement(By.id("event:title")).getAttribute("value"), "nothing typed is lost");
        browser.driver().findElement(By.id("event:capacity")).clear();
        browser.driver().findElement(By.id("event:capacity")).sendKeys("50");
        browser.click(By.id("event:create"));
        assertEquals(title, browser.text(By.id("event-title")));
        String eventId = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        browser.driver().findElement(By.id("booths:organisation")).sendKeys("Acme Robotics");
        browser.driver().findElement(By.id("booths:number")).sendKeys("A12");
        browser.click(By.id("booths:add"));
        assertTrue(browser.text(By.id("booths:list")).contains("Acme Robotics"));

        // The student RSVPs, gets a code and marks a booth to visit.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, student, PASSWORD);
        browser.click(By.linkText("Events"));
        browser.click(By.linkText(title));
        assertTrue(browser.driver().findElement(By.id("rsvp:show")).getAttribute("checked") == null,
                "being shown to connections is off unless chosen");
        browser.click(By.id("rsvp:go"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("You have a seat."));
        String code = browser.text(By.id("code"));
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
        assertTrue(browser.driver().findElement(By.cssSelector("svg.qr")).getAttribute("aria-label").contains(code));
        browser.click(By.cssSelector("[id$='mark']"));
        assertTrue(browser.text(By.id("booths:list")).contains("To visit"));
        assertTrue(browser.driver().findElement(By.id("report-event")).getAttribute("href")
                .endsWith("/moderation/reports/new.xhtml?kind=jobs.event&id=" + eventId), "attendees can report the event");

        // Their calendar: the event as a file, and a private feed link that works until turned off.
        WebSession session = new WebSession(base);
        session.signIn(student, PASSWORD);
        HttpResponse<String> ics = session.get("/jobs/events/files/event-" + eventId + ".ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.body().contains("SUMMARY:" + title), ics.body());
        assertEquals(404, new WebSession(base).get("/jobs/events/files/event-" + eventId + ".ics").statusCode(), "not for visitors");
        browser.click(By.linkText("Events"));
        browser.click(By.id("calendar-link"));
        browser.click(By.id("feed:new"));
        String feed = browser.driver().findElement(By.id("feed:url")).getAttribute("value");
        String feedPath = feed.substring(feed.indexOf("/jobs/events/feed/"));
        HttpResponse<String> subscribed = new WebSession(base).get(feedPath);
        assertEquals(200, subscribed.statusCode());
        assertTrue(subscribed.body().contains("SUMMARY:" + title));
        browser.click(By.id("feed:revoke"));
        assertEquals(404, new WebSession(base).get(feedPath).statusCode());

        // Staff check the student in with the typed code; the same code again, or a made-up one, is refused.
        browser.driver().manage().deleteAllCookies();
        browser.signIn(base, staff, PASSWORD);
        browser.open(Deployments.page(base, "/jobs/events/view.xhtml?id=" + eventId));
        browser.click(By.id("checkin"));
        assertEquals(eventId, new Select(browser.driver().findElement(By.id("checkin:event"))).getFirstSelectedOption().getAttribute("value"));
        browser.driver().findElement(By.id("checkin:code")).sendKeys(code.toLowerCase());
        browser.click(By.id("checkin:check"));
        assertTrue(browser.text(By.cssSelector(".form-messages")).contains("Stu Dent is checked in."));
        browser.driver().findElement(By.id("checkin:code")).sendKeys(code);
        browser.click(By.id("checkin:check"));
        assertTrue(browser.text(By.id("checkin")).contains("This code was already used: Stu Dent checked in at"));
        browser.driver().findElement(By.id("checkin:code")).sendKeys("ABCD-EFGH-JKMN");
        browser.click(By.id("checkin:check"));
        assertTrue(browser.text(By.id("checkin")).contains("This is not a check-in code") || browser.text(By.id("checkin"))
                .contains("No ticket has this code"));

        WebSession staffSession = new WebSession(base);
        staffSession.signIn(staff, PASSWORD);
        HttpResponse<String> csv = staffSession.get("/jobs/events/files/attendance-" + eventId + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Stu Dent,CONFIRMED,"), csv.body());
        assertEquals(404, session.get("/jobs/events/files/attendance-" + eventId + ".csv").statusCode(), "students get no attendance list");
    }

    /** Sets a date or time input the way the browser's picker would, whatever the browser's locale. */
    private void type(By input, String value) {
        WebElement element = browser.driver().findElement(input);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", element, value);
    }
}
