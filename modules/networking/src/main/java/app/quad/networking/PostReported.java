package app.quad.networking;

import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;

/** A member reported a post to the moderators, who hear of it through {@link ContentReport}. */
public record PostReported(long postId, long reporterId, long authorId, ReportReason reason, String detail) implements ContentReport {

    /** The kind moderation knows posts by. */
    public static final String KIND = "networking.post";

    @Override
    public ReportTarget target() {
        return new ReportTarget(KIND, postId);
    }
}
