package app.quad.jobs.internal.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventTextTest {

    @Test
    void scriptsAndHandlersGoFormattingStays() {
        assertEquals("<p>Bring a <b>CV</b></p>", EventText.sanitise("<p onclick=\"x()\">Bring a <b>CV</b><script>alert(1)</script></p>"));
        assertEquals("<a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">site</a>",
                EventText.sanitise("<a href=\"https://example.com\">site</a>"));
        assertEquals("link", EventText.sanitise("<a href=\"javascript:alert(1)\">link</a>"));
    }

    @Test
    void plainTextKeepsItsLinesAndReadsBackAsText() {
        String stored = EventText.sanitise("Line one\nLine two & more");
        assertEquals("Line one<br />Line two &amp; more", stored);
        assertEquals("Line one\nLine two & more", EventText.visibleText(stored));
        assertEquals("Write to fairs@example.edu", EventText.visibleText(EventText.sanitise("Write to fairs@example.edu")));
    }
}
