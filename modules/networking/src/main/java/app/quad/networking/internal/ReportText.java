package app.quad.networking.internal;

import app.quad.platform.Rejection;
import app.quad.platform.moderation.ReportReason;

/** The checks every networking report form makes of its reason and the reporter's words. */
final class ReportText {

    static final int MAX = 1000;

    private ReportText() {
    }

    /** @return the words, stripped, possibly empty */
    static String checked(ReportReason reason, String detail) {
        if (reason == null) {
            throw new Rejection("reason", "Choose why you report it.");
        }
        String text = detail == null ? "" : detail.strip();
        if (text.length() > MAX) {
            throw new Rejection("detail", "Keep it to " + MAX + " characters; you have " + text.length() + ".");
        }
        if (reason == ReportReason.OTHER && text.isEmpty()) {
            throw new Rejection("detail", "Say in a few words what is wrong.");
        }
        return text;
    }
}
