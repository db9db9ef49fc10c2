package app.quad.groups.internal;

/** Long texts cut for a moderator's overview; the whole text is a link away. */
final class Shortened {

    static final int MAX = 2000;

    private Shortened() {
    }

    static String text(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "\u2026";
    }
}
