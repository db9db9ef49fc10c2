package app.quad.networking;

import app.quad.platform.moderation.ContentReport;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;

/** The recipient reported a message to the moderators, who hear of it through {@link ContentReport}. */
public record MessageReported(long messageId, long reporterId, long senderId, ReportReason reason, String detail)
        implements ContentReport {

    /** The kind moderation knows messages by. */
    public static final String KIND = "networking.message";

    @Override
    public ReportTarget target() {
        return new ReportTarget(KIND, messageId);
    }
}
