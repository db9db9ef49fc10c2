package app.quad.groups;

import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;

/** A member reported a group itself (kind {@code groups.group}). Fired once per reporter, in the reporting transaction. */
public record GroupReported(long groupId, long reporterId, ReportReason reason, String detail) implements ContentReport {

    public static final String KIND = "groups.group";

    @Override
    public ReportTarget target() {
        return new ReportTarget(KIND, groupId);
    }
}
