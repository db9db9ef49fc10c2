package app.quad.platform.faces;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkedTextTest {

    private static final String REL = " rel=\"nofollow noopener noreferrer\"";

    @Test
    void markupIsEscapedNotInterpreted() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;hi&quot;",
                LinkedText.html("<script>alert('x')</script> & \"hi\""));
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", LinkedText.html("<img src=x onerror=alert(1)>"));
        assertEquals("", LinkedText.html(null));
    }

    @Test
    void anAddressBecomesALinkShowingItsHost() {
        assertEquals("See <a href=\"https://example.com/jobs?id=4&amp;x=1\"" + REL + ">example.com/…</a>, thanks!",
                LinkedText.html("See https://example.com/jobs?id=4&x=1, thanks!"));
        assertEquals("<a href=\"http://example.org/\"" + REL + ">example.org</a>", LinkedText.html("http://example.org/"));
        assertEquals("(<a href=\"https://www.example.com\"" + REL + ">www.example.com</a>)", LinkedText.html("(https://WWW.Example.COM)"));
        assertEquals("<a href=\"https://example.com:8443/x\"" + REL + ">example.com/…</a>", LinkedText.html("https://example.com:8443/x"));
    }

    @Test
    void onlyHttpAndHttpsAreLinked() {
        for (String hostile : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)",
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "ftp://example.com/file",
                "https://javascript:alert(1)", "https://localhost/admin", "https://-bad-.example/", "https:///nohost"}) {
            assertFalse(LinkedText.html(hostile).contains("<a"), hostile + " -> " + LinkedText.html(hostile));
        }
        assertEquals("javascript:alert(&#39;x&#39;)", LinkedText.html("javascript:alert('x')"));
    }

    @Test
    void quotesCannotBreakOutOfTheAttribute() {
        String html = LinkedText.html("https://example.com/\"onmouseover=\"alert(1)");
        assertEquals("<a href=\"https://example.com/\"" + REL + ">example.com</a>&quot;onmouseover=&quot;alert(1)", html);
        String single = LinkedText.html("https://example.com/a'onfocus='alert(1)");
        assertTrue(single.startsWith("<a href=\"https://example.com/a\""), single);
        String angle = LinkedText.html("https://example.com/<script>alert(1)</script>");
        assertTrue(angle.startsWith("<a href=\"https://example.com/\"" + REL + ">example.com</a>&lt;script&gt;"), angle);
        String backtick = LinkedText.html("https://example.com/`x`");
        assertFalse(backtick.contains("`\""), backtick);
    }

    @Test
    void theHostShownIsTheHostVisited() {
        assertEquals("<a href=\"https://evil.example/login\"" + REL + ">evil.example/…</a>",
                LinkedText.html("https://bank.example.com@evil.example/login"), "a user name before @ is not the host");
        assertEquals("<a href=\"https://xn--pypal-4ve.com/\"" + REL + ">xn--pypal-4ve.com</a>",
                LinkedText.html("https://p\u0430ypal.com/"), "a Cyrillic look-alike shows as punycode");
        assertEquals("<a href=\"https://xn--bcher-kva.example/%C3%BCber\"" + REL + ">xn--bcher-kva.example/…</a>",
                LinkedText.html("https://b\u00FCcher.example/\u00FCber"), "international names and paths in ASCII");
        assertEquals("<a href=\"https://example.com/x\"" + REL + ">example.com/…</a>", LinkedText.html("https://example.com./x"));
        assertEquals("<a href=\"https://example.com\"" + REL + ">example.com</a>.", LinkedText.html("https://example.com."),
                "a full stop ends the sentence, not the address");
    }

    @Test
    void textAroundLinksIsEscapedToo() {
        assertEquals("&lt;b&gt;<a href=\"https://a.example\"" + REL + ">a.example</a>&lt;/b&gt; and <a href=\"https://b.example/x\""
                        + REL + ">b.example/…</a>.",
                LinkedText.html("<b>https://a.example</b> and https://b.example/x."));
    }
}
