package app.quad.jobs;

import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;

/** A member reported a posting (kind {@code jobs.posting}); moderation observes {@link ContentReport}. */
public record JobReported(long postingId, long reporterId, ReportReason reason, String detail) implements ContentReport {

    public static final String KIND = "jobs.posting";

    @Override
    public ReportTarget target() {
        return new ReportTarget(KIND, postingId);
    }
}
