package app.quad.moderation.web.rules;

import app.quad.identity.CurrentUser;
import app.quad.moderation.ScreeningRule;
import app.quad.moderation.ScreeningRules;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import app.quad.platform.moderation.Screening;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs moderation/rules/list.xhtml: staff's keyword and link rules. */
@Named
@ViewScoped
public class RuleList implements Serializable {

    @Inject
    ScreeningRules rules;

    @Inject
    CurrentUser currentUser;

    private ScreeningRule.Kind kind = ScreeningRule.Kind.KEYWORD;
    private String pattern;
    private Screening.Verdict verdict = Screening.Verdict.HOLD;

    private final PagedModel<ScreeningRule> list = new PagedModel<>((first, max) -> rules.list(first, max), rule -> Long.toString(rule.id()));

    public void add() {
        try {
            rules.add(currentUser.id(), kind, pattern, verdict);
            FieldMessages.info("The rule applies from now on.");
            pattern = null;
        } catch (Rejection rejection) {
            FieldMessages.show("add", rejection);
        }
    }

    public void remove(ScreeningRule rule) {
        rules.remove(currentUser.id(), rule.id());
        FieldMessages.info("The rule for \u201c" + rule.pattern() + "\u201d is removed.");
    }

    public PagedModel<ScreeningRule> getList() { return list; }
    public ScreeningRule.Kind getKind() { return kind; }
    public void setKind(ScreeningRule.Kind kind) { this.kind = kind; }
    public String getPattern() { return pattern; }
    public void setPattern(String pattern) { this.pattern = pattern; }
    public Screening.Verdict getVerdict() { return verdict; }
    public void setVerdict(Screening.Verdict verdict) { this.verdict = verdict; }
}
