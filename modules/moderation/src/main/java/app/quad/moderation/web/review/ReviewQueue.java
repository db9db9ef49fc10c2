package app.quad.moderation.web.review;

import app.quad.identity.CurrentUser;
import app.quad.moderation.CaseStatus;
import app.quad.moderation.CaseSummary;
import app.quad.moderation.Moderation;
import app.quad.moderation.QueueOrder;
import app.quad.platform.faces.PagedModel;
import app.quad.platform.moderation.ReportReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs moderation/review/queue.xhtml: open cases, newest or most reported first, by kind and reason. */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

    /** The kinds the filter offers; cases of other kinds show under "Any kind". */
    static final List<String> KINDS = List.of("networking.post", "networking.comment", "networking.message", "identity.member",
            "identity.organisation", "groups.group", "groups.post", "jobs.posting");

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    private CaseStatus status = CaseStatus.OPEN;
    private String kind;
    private ReportReason reason;
    private QueueOrder order = QueueOrder.NEWEST;

    private final PagedModel<CaseSummary> cases = new PagedModel<>(
            (first, max) -> moderation.queue(currentUser.id(), status, kind, reason, order, first, max),
            found -> Long.toString(found.id()));

    public void find() {
        // The lazy model reads the filters when the table renders.
    }

    public PagedModel<CaseSummary> getCases() { return cases; }
    public List<String> getKinds() { return KINDS; }
    public ReportReason[] getReasons() { return ReportReason.values(); }
    public QueueOrder[] getOrders() { return QueueOrder.values(); }
    public CaseStatus[] getStatuses() { return CaseStatus.values(); }
    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public ReportReason getReason() { return reason; }
    public void setReason(ReportReason reason) { this.reason = reason; }
    public QueueOrder getOrder() { return order; }
    public void setOrder(QueueOrder order) { this.order = order == null ? QueueOrder.NEWEST : order; }
}
