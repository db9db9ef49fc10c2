package app.quad.jobs.internal.postings;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Keeps the safe part of a posting's rich text, with the same policy as identity's profiles:
 * paragraphs, line breaks, emphasis, lists and web or mail links (rel="nofollow noopener
 * noreferrer"). Scripts, styles, images, event handlers and other URL schemes are dropped.
 */
public final class JobsHtml {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private JobsHtml() {
    }

    public static String sanitise(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }

    /** The text a reader sees, for limits and the full-text index: tags removed, common entities decoded. */
    public static String visibleText(String sanitisedHtml) {
        return sanitisedHtml.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#34;", "\"").replace("&#39;", "'").replace("&#64;", "@").replaceAll("\\s+", " ").strip();
    }
}
