package app.quad.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichTextTest {

    @Test
    void formattingAndWebLinksStay() {
        String html = RichText.sanitise("<p>I <strong>love</strong> <em>data</em>:</p><ul><li>SQL</li></ul>"
                + "<a href=\"https://example.org/me\">site</a>");
        assertTrue(html.contains("<strong>love</strong>"));
        assertTrue(html.contains("<ul><li>SQL</li></ul>"));
        assertTrue(html.contains("href=\"https://example.org/me\""));
        assertTrue(html.contains("rel=\"nofollow noopener noreferrer\""));
    }

    @Test
    void scriptsHandlersStylesAndOtherSchemesGo() {
        String html = RichText.sanitise("<p onclick=\"steal()\" style=\"color:red\">Hi<script>alert(1)</script></p>"
                + "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)><iframe src=\"https://evil\"></iframe>");
        assertFalse(html.contains("script"));
        assertFalse(html.contains("onclick"));
        assertFalse(html.contains("style"));
        assertFalse(html.contains("javascript:"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("iframe"));
        assertTrue(html.contains("Hi"));
    }

    @Test
    void theVisibleTextIsWhatAReaderSees() {
        assertEquals("Hello world", RichText.visibleText(RichText.sanitise("<p>Hello <b>world</b></p>")));
        assertEquals("", RichText.visibleText(RichText.sanitise("<p><br></p>")));
    }
}
