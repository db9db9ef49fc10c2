package app.quad.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NoticeTest {

    @Test
    void aNoticeLinksToAPathInsideQuad() {
        Notice notice = new Notice(1, "connection.requested", "Ben asked to connect.", "/networking/connections/requests.xhtml?id=3");
        assertEquals("/networking/connections/requests.xhtml?id=3", notice.link());
        assertNull(notice.actorId());
    }

    @Test
    void linksThatCouldLeadOutsideQuadAreRefused() {
        for (String link : List.of("https://evil.example.com/", "//evil.example.com/x", "/\\evil.example.com", "x.xhtml",
                "/a b.xhtml", "/a\n.xhtml", "")) {
            assertThrows(IllegalArgumentException.class, () -> new Notice(1, "connection.requested", "Text.", link), link);
        }
    }

    @Test
    void aNoticeNeedsAText() {
        assertThrows(IllegalArgumentException.class, () -> new Notice(1, "connection.requested", "  ", "/index.xhtml"));
    }

    @Test
    void kindKeysAreDottedLowerCaseWords() {
        new NotificationKind("connection.requested", "Someone asks to connect", Delivery.DAILY_DIGEST);
        for (String key : List.of("connection", "Connection.Requested", "connection..requested", ".requested", "a.b c")) {
            assertThrows(IllegalArgumentException.class, () -> new NotificationKind(key, "Label", Delivery.IN_APP), key);
        }
    }
}
