package app.quad.jobs.internal.events;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Event descriptions are rich text, kept to the same safe part as identity's organisation pages
 * (the policy is copied, as identity's is internal): paragraphs, line breaks, emphasis, lists and
 * web or mail links with rel="nofollow noopener noreferrer". Scripts, styles, images and event
 * handlers are dropped, keeping the text inside.
 */
final class EventText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private EventText() {
    }

    static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        // Plain text typed into the box keeps its paragraphs.
        String withBreaks = html.contains("<") ? html : html.strip().replace("\r\n", "\n").replace("\n", "<br>");
        return POLICY.sanitize(withBreaks);
    }

    /** The text a reader sees: tags removed (for limits, screening and calendar files). */
    static String visibleText(String sanitisedHtml) {
        return sanitisedHtml.replaceAll("<br\\s*/?>", "\n").replaceAll("</p>", "\n").replaceAll("<[^>]*>", "")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&#39;", "'")
                .replace("&quot;", "\"").strip();
    }
}
