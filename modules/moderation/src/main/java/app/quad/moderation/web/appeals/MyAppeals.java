package app.quad.moderation.web.appeals;

import app.quad.identity.CurrentUser;
import app.quad.moderation.CaseSummary;
import app.quad.moderation.Moderation;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Backs moderation/appeals/mine.xhtml: decisions about the member's things, each of which they may appeal once. */
@Named
@ViewScoped
public class MyAppeals implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    private final Map<Long, String> texts = new HashMap<>();

    private final PagedModel<CaseSummary> decisions = new PagedModel<>(
            (first, max) -> moderation.decidedAgainst(currentUser.id(), first, max), found -> Long.toString(found.id()));

    public void appeal(CaseSummary decided) {
        try {
            moderation.appeal(currentUser.id(), decided.id(), texts.get(decided.id()));
            texts.remove(decided.id());
            FieldMessages.info("Your appeal is with a moderator who did not take the decision. You will be told the answer.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    /** The appeal's state in words, or null when the member has not appealed. */
    public String appealState(CaseSummary decided) {
        return moderation.appealOf(currentUser.id(), decided.id()).map(appeal -> switch (appeal.status()) {
            case OPEN -> "Appealed; waiting for a moderator";
            case UPHELD -> "Appeal turned down: " + appeal.answer();
            case REVERSED -> "Appeal granted: " + appeal.answer();
        }).orElse(null);
    }

    public PagedModel<CaseSummary> getDecisions() { return decisions; }
    public Map<Long, String> getTexts() { return texts; }
}
