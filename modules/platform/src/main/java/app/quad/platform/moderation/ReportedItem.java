package app.quad.platform.moderation;

import java.time.Instant;

/**
 * What a moderator sees of a reported thing, as its owning module describes it.
 *
 * @param authorId whose it is: the member who wrote it, or the account that owns a group or posting
 * @param title    a short plain-text name, such as a posting's title or "Post by Ada Lovelace"
 * @param text     the plain text of the content, shortened by the owner if long
 * @param link     a path inside Quad where a moderator can see it in place
 * @param hidden   whether the owner currently keeps it out of sight pending review or removed
 */
public record ReportedItem(ReportTarget target, long authorId, String title, String text, String link,
                           Instant createdAt, boolean hidden) {
}
