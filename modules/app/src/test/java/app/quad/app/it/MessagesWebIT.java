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

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Messages as two people exchange them, each in a browser of their own (Chromium with axe on every
 * page), and a send form posted twice over plain HTTP.
 */
@ExtendWith(ArquillianExtension.class)
class MessagesWebIT {

    private static final String PASSWORD = "harbour lantern violet 88";

    private static Browser dana;
    private static Browser eli;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.quad();
    }

    @ArquillianResource
    URL deployed;

    private URL base;

    @BeforeAll
    static void startBrowsers() {
        dana = Browser.start();
        eli = Browser.start();
    }

    @AfterAll
    static void stopBrowsers() {
        if (dana != null) {
            dana.close();
        }
        if (eli != null) {
            eli.close();
        }
    }

    @BeforeEach
    void setUp() {
        base = Deployments.onLoopback(deployed);
    }

    @Test
    void twoPeopleWriteToEachOtherAndSeeNewMessagesWithoutReloading() throws Exception {
        String tag = Long.toString(System.nanoTime());
        String danaEmail = "dana." + tag + "@campus.example.edu";
        String eliEmail = "eli." + tag + "@campus.example.edu";
        account(danaEmail, "Dana Diaz");
        long eliId = account(eliEmail, "Eli Evans");
        signIn(dana, danaEmail);
        signIn(eli, eliEmail);

        // Dana is not connected with Eli: her first message is a request.
        dana.open(page("/identity/profile/view.xhtml?id=" + eliId));
        dana.click(By.id("message-person"));
        assertTrue(dana.text(By.id("send")).contains("arrives as a message request"));
        dana.click(By.id("send:send"));
        assertTrue(dana.text(By.id("send")).contains("Write a message first."), "an empty message is refused at the field");
        dana.driver().findElement(By.id("send:body")).sendKeys("Hi Eli! <script>alert('x')</script> Slides: https://p\u0430ypal.com/slides?id=1");
        dana.click(By.id("send:send"));
        assertTrue(dana.text(By.id("waiting")).contains("waiting for Eli Evans to accept"));
        assertEquals(0L, dana.script("return document.querySelectorAll('.thread__body script').length;"), "the script is text");

        eli.open(page("/"));
        assertTrue(eli.text(By.cssSelector(".main-nav")).contains("Messages (1 new)"), eli.text(By.cssSelector(".main-nav")));
        eli.click(By.linkText("Messages (1 new)"));
        assertTrue(eli.text(By.id("inbox:requests")).contains("Dana Diaz"));
        eli.click(By.cssSelector("[id$='accept']"));
        assertTrue(eli.text(By.cssSelector(".form-messages")).contains("Accepted"));
        eli.click(By.linkText("Dana Diaz"));
        String thread = eli.text(By.id("thread:list"));
        assertTrue(thread.contains("<script>alert('x')</script>"), "the message shows as typed, not as markup: " + thread);
        assertEquals("xn--pypal-4ve.com/…", eli.text(By.cssSelector(".thread__body a")), "the link shows its real host");
        assertTrue(eli.driver().findElement(By.cssSelector(".thread__body a")).getAttribute("rel").contains("nofollow"));
        eli.script("window.stillTheSamePage = true;");

        // Dana, on her page again, writes; Eli's open page shows it without reloading.
        dana.open(page("/networking/messages/conversation.xhtml?with=" + eliId));
        dana.driver().findElement(By.id("send:body")).sendKeys("Thanks for accepting! Coffee on Friday?");
        dana.click(By.id("send:send"));
        eli.waitFor(By.xpath("//li[contains(@class, 'thread__message')][contains(., 'Coffee on Friday?')]"));
        assertEquals(true, eli.script("return window.stillTheSamePage === true;"), "no reload");
        assertEquals("New message from Dana Diaz.", eli.driver().findElement(By.id("announce")).getAttribute("textContent").strip(),
                "announced politely");

        dana.script("window.stillTheSamePage = true;");
        eli.driver().findElement(By.id("send:body")).sendKeys("Friday works. See you at 10.");
        eli.click(By.id("send:send"));
        dana.waitFor(By.xpath("//li[contains(@class, 'thread__message')][contains(., 'See you at 10.')]"));
        assertEquals(true, dana.script("return window.stillTheSamePage === true;"), "no reload");

        // Eli reports Dana's first message; the page says where it went.
        eli.driver().findElement(By.cssSelector("[id$=':report']")).click();
        eli.waitFor(By.cssSelector(".thread .badge"));
        assertEquals("Reported", eli.text(By.cssSelector(".thread .badge")));
        assertTrue(eli.text(By.cssSelector(".form-messages")).contains("moderators"));

        eli.click(By.partialLinkText("Messages"));
        assertFalse(eli.text(By.cssSelector(".main-nav")).contains("new)"), "everything read");
        assertTrue(eli.text(By.id("inbox:conversations")).contains("Dana Diaz"));
    }

    @Test
    void aSendFormPostedTwiceMakesOneMessage() {
        String tag = Long.toString(System.nanoTime());
        String fromEmail = "fred." + tag + "@campus.example.edu";
        String toEmail = "gina." + tag + "@campus.example.edu";
        long fromId = account(fromEmail, "Fred Fox");
        long toId = account(toEmail, "Gina Gray");
        WebSession fred = new WebSession(base);
        fred.signIn(fromEmail, PASSWORD);
        String path = "/networking/messages/conversation.xhtml?with=" + toId;
        HttpResponse<String> form = fred.get(path);
        assertEquals(200, form.statusCode());
        String text = "Double click " + tag;
        HttpRequest post = fred.formPost(path, form.body(), "send", Map.of("body", text), "send");
        HttpResponse<String> first = fred.send(post);
        HttpResponse<String> second = fred.send(post);
        assertEquals(302, first.statusCode(), "sent, then the page again by GET");
        assertEquals(302, second.statusCode(), "the repeat is answered like the first");
        String shown = fred.get(path).body();
        assertEquals(1, occurrences(shown, text), "one message");

        WebSession gina = new WebSession(base);
        gina.signIn(toEmail, PASSWORD);
        assertEquals(200, gina.submit("/networking/messages/conversation.xhtml?with=" + fromId, "answer", Map.of(), "accept")
                .statusCode());
        HttpResponse<String> flood = null;
        for (int i = 0; i < 25 && (flood == null || !flood.body().contains("free of spam")); i++) {
            flood = fred.submit(path, "send", Map.of("body", "Again " + i), "send");
        }
        assertTrue(flood.body().contains("you can send the next one in"), "sending too fast is explained");
    }

    private static int occurrences(String page, String text) {
        Matcher found = Pattern.compile(Pattern.quote(text)).matcher(page);
        int count = 0;
        while (found.find()) {
            count++;
        }
        return count;
    }

    private long account(String email, String name) {
        return Long.parseLong(new WebSession(base).post("/test-support/accounts", Map.of("email", email, "name", name,
                "password", PASSWORD, "roles", "STUDENT")).body().strip());
    }

    private void signIn(Browser browser, String email) {
        browser.signIn(base, email, PASSWORD);
    }

    private URL page(String path) {
        return Deployments.page(base, path);
    }
}
