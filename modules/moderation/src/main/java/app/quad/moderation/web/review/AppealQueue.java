package app.quad.moderation.web.review;

import app.quad.identity.CurrentUser;
import app.quad.moderation.Appeal;
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

/** Backs moderation/review/appeals.xhtml: open appeals of cases this moderator did not act on. */
@Named
@ViewScoped
public class AppealQueue implements Serializable {

    @Inject
    Moderation moderation;

    @Inject
    CurrentUser currentUser;

    /** The answer typed beside each appeal, by appeal id. */
    private final Map<Long, String> answers = new HashMap<>();

    private final PagedModel<Appeal> appeals = new PagedModel<>((first, max) -> moderation.appeals(currentUser.id(), first, max),
            appeal -> Long.toString(appeal.id()));

    public void answer(Appeal appeal, boolean reverse) {
        try {
            moderation.answer(currentUser.id(), appeal.id(), reverse, answers.get(appeal.id()));
            answers.remove(appeal.id());
            FieldMessages.info(reverse ? "The decision is undone and the author told." : "The decision stands; the author is told.");
        } catch (Rejection rejection) {
            FieldMessages.error(null, rejection.getMessage());
        }
    }

    public PagedModel<Appeal> getAppeals() { return appeals; }
    public Map<Long, String> getAnswers() { return answers; }
}
