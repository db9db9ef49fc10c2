package app.quad.platform;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps the safe part of rich text people write (profiles, organisation pages, postings, event
 * descriptions): paragraphs, line breaks, emphasis, lists and web or mail links, which get
 * rel="nofollow noopener noreferrer". Everything else (scripts, styles, images, event handlers,
 * other URL schemes) is dropped, keeping the text inside. One policy, so every module's rich text
 * is as safe as every other's.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The text a reader sees, for length limits and full-text indexes: tags removed, common entities decoded. */
    public static String visibleText(String sanitisedHtml) {
        return decoded(sanitisedHtml.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").strip();
    }

    /** The characters the sanitiser writes as entities, back as themselves (the text is no longer HTML). */
    public static String decoded(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#64;", "@").replace("&amp;", "&");
    }
}
