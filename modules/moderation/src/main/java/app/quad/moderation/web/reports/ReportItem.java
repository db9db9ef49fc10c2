package app.quad.moderation.web.reports;

import app.quad.identity.CurrentUser;
import app.quad.moderation.Moderation;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportedItem;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs moderation/reports/new.xhtml?kind=..&amp;id=..: reporting anything a module describes. The
 * item must be one the member can see; anything else is "not found".
 */
@Named
@ViewScoped
public class ReportItem implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    private String kind;
    private Long id;
    private ReportedItem item;
    private ReportReason reason;
    private String detail;
    private boolean sent;

    public void load() throws IOException {
        item = null;
        try {
            if (kind != null && id != null) {
                item = moderation.reportable(currentUser.id(), new ReportTarget(kind, id)).orElse(null);
            }
        } catch (IllegalArgumentException badKind) {
            item = null;
        }
        if (item == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void send() {
        try {
            moderation.report(currentUser.id(), item.target(), reason, detail);
            sent = true;
            FieldMessages.info("Thank you. The moderators will look at it; you will see what they decide under \u201cMy reports\u201d.");
        } catch (Rejection rejection) {
            FieldMessages.show("report", rejection);
        }
    }

    public ReportReason[] getReasons() {
        return ReportReason.values();
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ReportedItem getItem() { return item; }
    public ReportReason getReason() { return reason; }
    public void setReason(ReportReason reason) { this.reason = reason; }
    public String getDetail() { return detail; }
    public void setDetail(String detail) { this.detail = detail; }
    public boolean isSent() { return sent; }
}
