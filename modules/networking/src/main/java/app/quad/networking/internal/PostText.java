package app.quad.networking.internal;

import app.quad.networking.Feed;
import app.quad.platform.Rejection;

/** The rule for posts and comments: plain text, 1 to 3,000 characters; pages escape it. */
final class PostText {

    private PostText() {
    }

    static String checked(String field, String text) {
        String clean = text == null ? "" : text.replace("\r\n", "\n").strip();
        int length = clean.codePointCount(0, clean.length());
        if (length == 0) {
            throw new Rejection(field, field.equals("comment") ? "Write a comment first." : "Write something to post first.");
        }
        if (length > Feed.MAX_LENGTH) {
            throw new Rejection(field, "Keep it to " + String.format("%,d", Feed.MAX_LENGTH) + " characters; this has "
                    + String.format("%,d", length) + ".");
        }
        return clean;
    }
}
