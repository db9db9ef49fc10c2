package app.quad.moderation;

import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ReportTarget;

import java.time.Instant;

/**
 * One case in the queue: every report of one item while it is open.
 *
 * @param authorId whose the item is, or null when no module describes the kind
 * @param held     a screening rule held the item, rather than members reporting it
 * @param outcome  the decision that closed it, or null while open
 */
public record CaseSummary(long id, ReportTarget target, Long authorId, CaseStatus status, int reportCount, boolean hidden,
                          boolean held, Instant createdAt, Instant lastReportAt, ModerationAction outcome) {
}
