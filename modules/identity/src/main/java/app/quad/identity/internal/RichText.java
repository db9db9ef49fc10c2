package app.quad.identity.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps the safe part of rich text people write: paragraphs, line breaks, emphasis, lists and web
 * or mail links (which get rel="nofollow noopener noreferrer"). Everything else — scripts, styles,
 * images, event handlers, other URL schemes — is dropped, keeping the text inside.
 */
final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private RichText() {
    }

    static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The text a reader sees, for length limits and completeness: tags removed, entities left. */
    static String visibleText(String sanitisedHtml) {
        return sanitisedHtml.replaceAll("<[^>]*>", "").strip();
    }
}
