package app.quad.jobs.internal.events;

import app.quad.platform.RichText;

/**
 * Event descriptions are rich text, kept to the platform's safe part ({@link RichText}):
 * paragraphs, line breaks, emphasis, lists and web or mail links. Plain text typed into the box
 * keeps its line breaks, and calendar files get the text back with them.
 */
final class EventText {

    private EventText() {
    }

    static String sanitise(String html) {
        if (html == null) {
            return "";
        }
        // Plain text typed into the box keeps its paragraphs.
        String withBreaks = html.contains("<") ? html : html.strip().replace("\r\n", "\n").replace("\n", "<br>");
        return RichText.sanitise(withBreaks);
    }

    /** The text a reader sees, line breaks kept (for limits, screening and calendar files). */
    static String visibleText(String sanitisedHtml) {
        return RichText.decoded(sanitisedHtml.replaceAll("<br\\s*/?>", "\n").replaceAll("</p>", "\n").replaceAll("<[^>]*>", "")).strip();
    }
}
