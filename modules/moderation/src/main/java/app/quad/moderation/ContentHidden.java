package app.quad.moderation;

import app.quad.platform.moderation.ReportTarget;

/** Enough distinct members reported an item that it is out of sight pending review. */
public record ContentHidden(long caseId, ReportTarget target, int reports) {
}
