package app.quad.networking.internal;

import app.quad.networking.Messages;
import app.quad.platform.Rejection;

import java.text.Normalizer;

/**
 * The rule for a message's text. Text stays text: nothing here makes it safe to show as HTML,
 * pages escape it. What is taken out are characters that only serve to deceive or break a page:
 * control characters (other than line breaks and tabs), unpaired surrogates, and the direction
 * overrides that can make "exe.pdf" read as "fdp.exe".
 */
final class MessageText {

    private MessageText() {
    }

    /** @return the cleaned text without surrounding blanks */
    static String checked(String text) {
        String raw = text == null ? "" : text;
        // Far beyond the limit: refuse before spending time on the characters.
        if (raw.length() > Messages.MAX_LENGTH * 4) {
            throw tooLong(raw.codePointCount(0, raw.length()));
        }
        String clean = clean(raw).strip();
        int length = clean.codePointCount(0, clean.length());
        if (length == 0) {
            throw new Rejection("body", "Write a message first.");
        }
        if (length > Messages.MAX_LENGTH) {
            throw tooLong(length);
        }
        return clean;
    }

    static String clean(String text) {
        String lines = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(lines.length());
        lines.codePoints().filter(MessageText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED) {
            return false;
        }
        // Embedding, override and isolate controls.
        return !(codePoint >= 0x202A && codePoint <= 0x202E) && !(codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    private static Rejection tooLong(int length) {
        return new Rejection("body", "Keep a message to " + String.format("%,d", Messages.MAX_LENGTH)
                + " characters; this one has " + String.format("%,d", length) + ".");
    }

    /** The start of a message for a list: one line, at most {@code max} characters. */
    static String snippet(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= max) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
    }
}
