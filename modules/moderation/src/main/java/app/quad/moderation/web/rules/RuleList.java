package app.quad.moderation.web.rules;

import app.quad.identity.CurrentUser;
import app.quad.moderation.Limits;
import app.quad.moderation.ScreeningRule;
import app.quad.moderation.ScreeningRules;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import app.quad.platform.moderation.Screening;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs moderation/rules/list.xhtml: staff's keyword and link rules, and the limits. */
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

    private Integer newAccountDays;
    private Integer newAccountDailyBudget;
    private Integer burstPerTenMinutes;
    private Integer hideAfterReports;

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

    @PostConstruct
    void load() {
        Limits limits = rules.limits();
        newAccountDays = limits.newAccountDays();
        newAccountDailyBudget = limits.newAccountDailyBudget();
        burstPerTenMinutes = limits.burstPerTenMinutes();
        hideAfterReports = limits.hideAfterReports();
    }

    public void saveLimits() {
        try {
            rules.changeLimits(currentUser.id(), new Limits(orNone(newAccountDays), orNone(newAccountDailyBudget),
                    orNone(burstPerTenMinutes), orNone(hideAfterReports)));
            FieldMessages.info("The limits apply from now on.");
        } catch (Rejection rejection) {
            FieldMessages.show("limits", rejection);
        }
    }

    /** An empty field is out of every range, so it gets the range's message. */
    private static int orNone(Integer value) {
        return value == null ? -1 : value;
    }

    public void remove(ScreeningRule rule) {
        rules.remove(currentUser.id(), rule.id());
        FieldMessages.info("The rule for \u201c" + rule.pattern() + "\u201d is removed.");
    }

    public PagedModel<ScreeningRule> getList() { return list; }
    public Integer getNewAccountDays() { return newAccountDays; }
    public void setNewAccountDays(Integer newAccountDays) { this.newAccountDays = newAccountDays; }
    public Integer getNewAccountDailyBudget() { return newAccountDailyBudget; }
    public void setNewAccountDailyBudget(Integer newAccountDailyBudget) { this.newAccountDailyBudget = newAccountDailyBudget; }
    public Integer getBurstPerTenMinutes() { return burstPerTenMinutes; }
    public void setBurstPerTenMinutes(Integer burstPerTenMinutes) { this.burstPerTenMinutes = burstPerTenMinutes; }
    public Integer getHideAfterReports() { return hideAfterReports; }
    public void setHideAfterReports(Integer hideAfterReports) { this.hideAfterReports = hideAfterReports; }
    public ScreeningRule.Kind getKind() { return kind; }
    public void setKind(ScreeningRule.Kind kind) { this.kind = kind; }
    public String getPattern() { return pattern; }
    public void setPattern(String pattern) { this.pattern = pattern; }
    public Screening.Verdict getVerdict() { return verdict; }
    public void setVerdict(Screening.Verdict verdict) { this.verdict = verdict; }
}
