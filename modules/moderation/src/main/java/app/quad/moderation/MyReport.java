package app.quad.moderation;

import app.quad.platform.moderation.ReportReason;

import java.time.Instant;

/**
 * A report as the member who made it sees it.
 *
 * @param title   the item's name now, or "An item that is no longer there"
 * @param outcome in words: under review, or what moderators decided
 */
public record MyReport(long caseId, String kind, String title, ReportReason reason, Instant at, String outcome) {
}
