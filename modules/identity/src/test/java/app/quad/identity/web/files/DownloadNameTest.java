package app.quad.identity.web.files;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DownloadNameTest {

    @Test
    void theUploadedNameComesInUtf8AndAsPlainAscii() {
        assertEquals("attachment; filename=\"Resume Ada Okafor.pdf\"; filename*=UTF-8''R%C3%A9sum%C3%A9%20Ada%20Okafor.pdf",
                DownloadName.header("attachment", "Résumé Ada Okafor.pdf", "pdf", "resume"));
    }

    @Test
    void quotesSemicolonsAndLineBreaksCannotBreakOutOfTheHeader() {
        String header = DownloadName.header("attachment", "a\"; filename=evil.html\r\nX-Injected: 1.pdf", "pdf", "resume");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals(2, header.chars().filter(c -> c == '"').count(), header);
        assertTrue(header.startsWith("attachment; filename=\"a_ filename_evil.htmlX-Injected_ 1.pdf\"; filename*=UTF-8''a%22%3B%20"), header);
    }

    @Test
    void theNameAlwaysEndsInTheExtensionOfTheContentServed() {
        assertEquals("attachment; filename=\"cv.html.pdf\"; filename*=UTF-8''cv.html.pdf",
                DownloadName.header("attachment", "cv.html", "pdf", "resume"));
        assertEquals("inline; filename=\"me.jpeg\"; filename*=UTF-8''me.jpeg", DownloadName.header("inline", "me.jpeg", "jpg", "photo"));
        assertEquals("inline; filename=\"me.png.jpg\"; filename*=UTF-8''me.png.jpg", DownloadName.header("inline", "me.png", "jpg", "photo"));
    }

    @Test
    void aNameWithNothingLeftInAsciiFallsBackToTheKind() {
        assertEquals("attachment; filename=\"resume.pdf\"; filename*=UTF-8''%E5%B1%A5%E6%AD%B4%E6%9B%B8.pdf",
                DownloadName.header("attachment", "履歴書.pdf", "pdf", "resume"));
        assertEquals("attachment; filename=\"resume.pdf\"; filename*=UTF-8''resume.pdf", DownloadName.header("attachment", "", "pdf", "resume"));
        assertEquals("attachment; filename=\"resume.pdf\"; filename*=UTF-8''resume.pdf", DownloadName.header("attachment", ".pdf", "pdf", "resume"));
    }
}
