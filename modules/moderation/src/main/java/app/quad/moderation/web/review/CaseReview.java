package app.quad.moderation.web.review;

import app.quad.identity.CurrentUser;
import app.quad.moderation.CaseDetails;
import app.quad.moderation.CaseStatus;
import app.quad.moderation.Moderation;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.moderation.ModerationAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Backs moderation/review/case.xhtml?id=..: the item, its author's history, the reports, and the actions. */
@Named
@ViewScoped
public class CaseReview implements Serializable {

    /** The lengths of suspension offered, in days. */
    static final List<Integer> SUSPENSION_DAYS = List.of(1, 3, 7, 14, 30, 90);

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private CaseDetails details;
    private ModerationAction action;
    private String reason;
    private int days = 7;

    public void load() throws IOException {
        details = id == null ? null : moderation.details(currentUser.id(), id).orElse(null);
        if (details == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
        }
    }

    public void decide() {
        try {
            Instant until = action == ModerationAction.SUSPEND ? Instant.now().plus(Duration.ofDays(days)) : null;
            boolean wasOpen = details.summary().status() == CaseStatus.OPEN;
            moderation.decide(currentUser.id(), id, action, reason, until);
            details = moderation.details(currentUser.id(), id).orElse(details);
            boolean open = details.summary().status() == CaseStatus.OPEN;
            FieldMessages.info(label(action) + ": done." + (open ? " The item is still hidden: dismiss the reports or remove it to close"
                    + " the case." : wasOpen ? " The reporters have been told the outcome." : ""));
            action = null;
            reason = null;
        } catch (Rejection rejection) {
            FieldMessages.show("decide", rejection);
        }
    }

    public List<ModerationAction> getActions() {
        return List.of(ModerationAction.DISMISS, ModerationAction.REMOVE, ModerationAction.WARN, ModerationAction.SUSPEND,
                ModerationAction.BAN, ModerationAction.REQUIRE_REVERIFICATION);
    }

    public String label(ModerationAction value) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case DISMISS -> "Dismiss the reports";
            case RESTORE -> "Put back on appeal";
            case HIDE -> "Hidden pending review";
            case REMOVE -> "Remove the content";
            case WARN -> "Warn the author";
            case SUSPEND -> "Suspend the author for a period";
            case BAN -> "Ban the author";
            case REQUIRE_REVERIFICATION -> "Require the author to verify their account again";
        };
    }

    public List<Integer> getSuspensionDays() { return SUSPENSION_DAYS; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CaseDetails getDetails() { return details; }
    public ModerationAction getAction() { return action; }
    public void setAction(ModerationAction action) { this.action = action; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public int getDays() { return days; }
    public void setDays(int days) { this.days = days; }
}
