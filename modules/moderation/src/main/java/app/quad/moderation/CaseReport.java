package app.quad.moderation;

import app.quad.platform.moderation.ReportReason;

import java.time.Instant;

/** One member's report in a case, as moderators see it. */
public record CaseReport(long reporterId, String reporterName, ReportReason reason, String detail, Instant at) {
}
