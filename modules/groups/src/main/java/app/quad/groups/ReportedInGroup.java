package app.quad.groups;

import app.quad.platform.moderation.ReportReason;

import java.time.Instant;
import java.util.List;

/**
 * A thread or reply in a group that members reported and the group's managers have not looked at
 * yet. Reporters are not named: managers judge the words, not who complained.
 *
 * @param kind    {@link Discussions#POST_KIND} or {@link Discussions#REPLY_KIND}
 * @param postId  the thread, to link to (the thread itself for a thread)
 * @param text    the reported words, plain text to be shown escaped
 * @param reports how many members reported it since a manager last kept it
 */
public record ReportedInGroup(String kind, long id, long postId, String title, String text, String authorName,
                              long reports, List<ReportReason> reasons, Instant lastReportedAt) {

    public ReportedInGroup {
        reasons = List.copyOf(reasons);
    }

    public boolean reply() {
        return Discussions.REPLY_KIND.equals(kind);
    }
}
