package app.quad.platform;

import java.util.Objects;

/**
 * Something one person should hear about.
 *
 * @param recipientId the account to tell
 * @param kind        a key some module declares in its {@link NotificationKinds}
 * @param text        one plain-text sentence, shown in Quad and in mails; long texts are shortened
 * @param link        where the notice leads: a view path inside Quad with its query, such as
 *                    {@code /networking/connections/requests.xhtml}; never an outside address
 * @param actorId     the account whose action caused the notice, or null: when that person erases
 *                    their account the notice goes too, because its text usually names them
 */
public record Notice(long recipientId, String kind, String text, String link, Long actorId) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(link, "link");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a notice needs a text");
        }
        // Links end up in mails and in redirects: only paths inside Quad, so no notice can send anyone elsewhere.
        if (!link.startsWith("/") || link.startsWith("//") || link.length() > 1000
                || link.chars().anyMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new IllegalArgumentException("a notice links to a path inside Quad: " + link);
        }
    }

    /** A notice that no person's action caused, or whose cause needs no erasing with it. */
    public Notice(long recipientId, String kind, String text, String link) {
        this(recipientId, kind, text, link, null);
    }
}
