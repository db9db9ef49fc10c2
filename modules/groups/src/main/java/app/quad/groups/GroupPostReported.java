package app.quad.groups;

import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;

/**
 * A member reported a thread (kind {@code groups.post}) or a reply ({@code groups.reply}). Fired once
 * per reporter and item, in the reporting transaction.
 */
public record GroupPostReported(ReportTarget target, long groupId, long reporterId, ReportReason reason, String detail)
        implements ContentReport {
}
