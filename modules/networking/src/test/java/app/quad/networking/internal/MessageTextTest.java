package app.quad.networking.internal;

import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTextTest {

    @Test
    void blankMessagesAreRefused() {
        for (String blank : new String[] {null, "", "   ", "\n\t\n", "\u202E\u0000"}) {
            Rejection refused = assertThrows(Rejection.class, () -> MessageText.checked(blank));
            assertEquals("body", refused.field());
        }
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertEquals(emoji.repeat(2000), MessageText.checked(emoji.repeat(2000)), "2,000 emoji are 2,000 characters");
        Rejection refused = assertThrows(Rejection.class, () -> MessageText.checked("x".repeat(2001)));
        assertEquals("body", refused.field());
        assertTrue(refused.getMessage().contains("2,001"), refused.getMessage());
        assertEquals("body", assertThrows(Rejection.class, () -> MessageText.checked("x".repeat(1_000_000))).field());
    }

    @Test
    void textStaysTextButLosesControlAndDirectionCharacters() {
        String script = "<script>alert('x')</script> & \"quotes\"";
        assertEquals(script, MessageText.checked(script), "markup is kept as typed; pages escape it");
        assertEquals("line one\nline two\n\tindented", MessageText.checked("  line one\r\nline two\r\tindented  "));
        assertEquals("invoice_fdp.exe", MessageText.checked("invoice_\u202Efdp.exe"));
        assertEquals("ab", MessageText.checked("a\u0000\u0007\u001B\u0085b"));
        assertEquals("ab", MessageText.checked("a\uD800b"), "an unpaired surrogate goes");
        assertEquals("\u00E9", MessageText.checked("e\u0301"), "composed, so that search finds it either way");
    }

    @Test
    void snippetsAreOneLineAndCutAtTheLimit() {
        assertEquals("one two three", MessageText.snippet("one\n two\t\tthree ", 20));
        assertEquals("abcd…", MessageText.snippet("abcdefgh", 5));
        assertEquals("\uD83D\uDE00\uD83D\uDE00…", MessageText.snippet("\uD83D\uDE00".repeat(5), 3), "never half a character");
    }
}
