package app.quad.networking.web.connections;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Profiles;
import app.quad.networking.Connections;
import app.quad.networking.RequestBudget;
import app.quad.networking.Relationship;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;

/**
 * Backs networking/connections/request.xhtml?to=…: asking someone to connect, with a note saying
 * why. Whoever the asker may not see is "not found", as on the profile page.
 */
@Named
@ViewScoped
public class RequestConnection implements Serializable {

    @Inject
    Connections connections;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    private Long to;

    private String name;

    private String note;

    private Relationship relationship;

    private boolean sent;

    public void load() throws IOException {
        long me = currentUser.id();
        if (to == null || to == me || !profiles.visibleTo(to, me)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        name = accounts.find(to).map(AccountSummary::displayName).orElse("");
        relationship = connections.between(me, to);
    }

    public void send() {
        try {
            connections.request(currentUser.id(), to, note);
            relationship = connections.between(currentUser.id(), to);
            sent = true;
        } catch (Rejection rejection) {
            FieldMessages.show("request", rejection);
        }
    }

    public String getBudgetText() {
        RequestBudget budget = connections.budget(currentUser.id());
        return budget.left() > 0
                ? "You can send " + budget.left() + " more " + (budget.left() == 1 ? "request" : "requests") + " this week."
                : "You have used this week's " + budget.allowed() + " requests; the next one is free on "
                        + Dates.day(budget.nextFreeAt()) + ".";
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isMayAsk() {
        return relationship == Relationship.NONE && !sent;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public String getName() {
        return name;
    }

    public Long getTo() {
        return to;
    }

    public void setTo(Long to) {
        this.to = to;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
