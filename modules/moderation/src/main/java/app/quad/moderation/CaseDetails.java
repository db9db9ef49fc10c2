package app.quad.moderation;

import app.quad.platform.moderation.ReportedItem;

import java.util.List;

/**
 * A case page: the item as its module describes it (null when it no longer exists or no module in the
 * WAR describes its kind), its author's history (null when unknown), the reports, the actions taken
 * so far, any appeal, and what screening rules saw.
 */
public record CaseDetails(CaseSummary summary, ReportedItem item, AuthorHistory author, List<CaseReport> reports,
                          List<CaseAction> actions, Appeal appeal, List<String> signals) {

    public CaseDetails {
        reports = List.copyOf(reports);
        actions = List.copyOf(actions);
        signals = List.copyOf(signals);
    }
}
