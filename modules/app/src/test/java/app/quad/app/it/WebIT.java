package app.quad.app.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web shell as a visitor meets it, in headless Chromium, and over plain HTTP. */
@ExtendWith(ArquillianExtension.class)
class WebIT extends InBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @Test
    void homePageExplainsQuadInTheSharedLayout() throws Exception {
        browser.open(base);

        assertEquals("Your campus career network · Quad", browser.driver().getTitle());
        assertEquals("Quad", browser.text(By.cssSelector("header .brand__name")));
        assertEquals("Your campus career network", browser.text(By.tagName("h1")));
        assertTrue(browser.text(By.cssSelector("nav[aria-label='Main']")).contains("How Quad works"));
        assertTrue(browser.text(By.tagName("footer")).contains("career center"));
        assertEquals("page", browser.driver().findElement(By.linkText("Home")).getAttribute("aria-current"));
    }

    @Test
    void navigationLeadsToTheAboutPageAndBack() throws Exception {
        browser.open(base);
        browser.click(By.cssSelector("nav[aria-label='Main'] a[href$='/about.xhtml']"));

        assertEquals("How Quad works", browser.text(By.tagName("h1")));
        assertEquals("page", browser.driver().findElement(By.cssSelector("nav a[href$='/about.xhtml']"))
                .getAttribute("aria-current"));
        assertEquals(null, browser.driver().findElement(By.linkText("Home")).getAttribute("aria-current"));

        browser.click(By.cssSelector("header .brand"));
        assertEquals("Your campus career network", browser.text(By.tagName("h1")));
    }

    @Test
    void keyboardUsersCanSkipToTheContentAndSeeWhereTheyAre() throws Exception {
        browser.open(base);
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);

        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("Skip to main content", focused.getText());
        assertNotEquals("none", focused.getCssValue("outline-style"), "focus must be visible");

        focused.sendKeys(Keys.ENTER);
        assertEquals("main", browser.script("return document.activeElement.id"));
    }

    @Test
    void layoutFitsANarrowPhoneScreen() throws Exception {
        Dimension desktop = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(360, 740));
            browser.open(base);
            assertEquals(Boolean.TRUE, browser.script(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        } finally {
            browser.driver().manage().window().setSize(desktop);
        }
    }

    @Test
    void theAccessibilityCheckRejectsAnInaccessiblePage() {
        browser.driver().get("data:text/html,<html><body><img src='chart.png'><input type='text'></body></html>");
        AssertionError error = assertThrows(AssertionError.class, browser::checkAccessibility);
        assertTrue(error.getMessage().contains("image-alt"), error.getMessage());
        assertTrue(error.getMessage().contains("label"), error.getMessage());
    }

    @Test
    void anUnknownPageIsAFriendlyNotFound() throws Exception {
        URL missing = new URL(base, "no/such/page.xhtml");
        assertEquals(404, get(missing).statusCode());

        browser.open(missing);
        assertEquals("Page not found", browser.text(By.tagName("h1")));
        browser.click(By.linkText("Go to the home page"));
        assertEquals("Your campus career network", browser.text(By.tagName("h1")));
    }

    @Test
    void anExpiredPageExplainsWhatHappened() throws Exception {
        // A form post whose view state the server no longer has, as after a session timeout.
        HttpRequest post = HttpRequest.newBuilder(new URL(base, "index.xhtml").toURI())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("form=form&jakarta.faces.ViewState=expired-state"))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertEquals("/quad/error/expired.xhtml", response.uri().getPath(), "redirected after the post");
        assertTrue(response.body().contains("Your page had expired"), response.body());
        assertFalse(response.body().contains("RestoreViewPhase"), "no stack traces for visitors: " + response.body());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        HttpResponse<String> page = get(base);
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy, or browsers enforce both: " + policies);
        assertTrue(policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
        assertTrue(policies.get(0).matches(".*script-src 'self' 'nonce-[^']+';?"), policies.get(0));
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));

        HttpResponse<String> stylesheet = get(new URL(base, "jakarta.faces.resource/quad/quad.css.xhtml"));
        assertEquals(200, stylesheet.statusCode());
        assertTrue(stylesheet.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
    }

    @Test
    void healthReportsTheDatabase() throws Exception {
        URL health = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/health");
        HttpResponse<String> response = get(health);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("MariaDB"), response.body());
    }

    private HttpResponse<String> get(URL url) throws IOException, InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
