package app.quad.networking;

import java.time.Instant;

/**
 * Something another module puts in a member's home feed through a {@link FeedContributor}, e.g. a
 * thread in one of their groups. Networking shows it as a card; the text is plain and is escaped.
 *
 * @param kind   what it is, "module.thing" (e.g. "groups.thread")
 * @param id     its id in the contributing module
 * @param at     when it was posted: it is placed by this time, and must not change later
 * @param text   all of its text: the viewer's muted words are looked for in all of it; the card shows
 *               its {@link #excerpt()}
 * @param link   where it is read, relative to the application (e.g. "/groups/post/view.xhtml?id=7")
 * @param source where it comes from, shown beside it (e.g. "in Robotics Club")
 */
public record FeedEntry(String kind, long id, long authorId, String authorName, Instant at, String title, String text,
                        String link, String source) implements FeedItem {

    /** The longest excerpt on a card; the whole text is a link away. */
    public static final int EXCERPT = 300;

    /** The start of the text, for the card. */
    public String excerpt() {
        if (text.length() <= EXCERPT) {
            return text;
        }
        int end = EXCERPT - 1;
        // Never half a character (an emoji is two chars).
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }
}
