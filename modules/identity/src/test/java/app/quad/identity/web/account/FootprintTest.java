package app.quad.identity.web.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FootprintTest {

    @Test
    void aboutIsSummarisedAsPlainWords() {
        assertEquals("I like SQL & R < Python", Footprint.plainText("<p>I like <b>SQL</b> &amp; R &lt; Python</p>"));
        assertEquals("One Two", Footprint.plainText("<ul><li>One</li>\n<li>Two</li></ul>"));
    }
}
