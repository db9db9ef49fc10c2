package app.quad.moderation.internal;

import app.quad.moderation.Limits;
import app.quad.moderation.ScreeningRule;
import app.quad.moderation.ScreeningRules;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.Screening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;

@ApplicationScoped
class JpaScreeningRules implements ScreeningRules {

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    Audit audit;

    @Inject
    ModerationSettings settings;

    @Override
    public ResultPage<ScreeningRule> list(int first, int max) {
        return new ResultPage<>(em.createQuery("SELECT r FROM StoredRule r ORDER BY r.kind, r.pattern", StoredRule.class)
                .setFirstResult(first).setMaxResults(max).getResultStream().map(StoredRule::view).toList(),
                em.createQuery("SELECT COUNT(r) FROM StoredRule r", Long.class).getSingleResult());
    }

    @Override
    @Transactional
    public long add(long staffId, ScreeningRule.Kind kind, String pattern, Screening.Verdict verdict) {
        actors.requireStaff(staffId);
        String text = pattern == null ? "" : pattern.strip().toLowerCase(Locale.ROOT);
        if (kind == ScreeningRule.Kind.LINK) {
            text = text.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/.*$", "");
        }
        if (text.isEmpty()) {
            throw new Rejection("pattern", kind == ScreeningRule.Kind.LINK ? "Enter a site, such as example.com." : "Enter a word or phrase.");
        }
        if (text.length() > 200) {
            throw new Rejection("pattern", "Keep it to 200 characters.");
        }
        if (kind == ScreeningRule.Kind.LINK && !text.matches("[a-z0-9.-]+\\.[a-z]{2,}")) {
            throw new Rejection("pattern", "Enter a site's name, such as example.com.");
        }
        if (kind == null || verdict == null || verdict == Screening.Verdict.ALLOW) {
            throw new Rejection("verdict", "Choose whether to block or to hold for review.");
        }
        if (!em.createQuery("SELECT r.id FROM StoredRule r WHERE r.kind = :kind AND r.pattern = :pattern", Long.class)
                .setParameter("kind", kind).setParameter("pattern", text).getResultList().isEmpty()) {
            throw new Rejection("pattern", "There is a rule for \u201c" + text + "\u201d already.");
        }
        StoredRule rule = new StoredRule(kind, text, verdict, staffId, Instant.now());
        em.persist(rule);
        em.flush();
        audit.append(staffId, "RULE_ADDED", "moderation.rule", rule.view().id(), kind + " " + text + " → " + verdict);
        return rule.view().id();
    }

    @Override
    @Transactional
    public void remove(long staffId, long ruleId) {
        actors.requireStaff(staffId);
        StoredRule rule = em.find(StoredRule.class, ruleId);
        if (rule != null) {
            em.remove(rule);
            audit.append(staffId, "RULE_REMOVED", "moderation.rule", ruleId, rule.view().kind() + " " + rule.view().pattern());
        }
    }

    @Override
    public Limits limits() {
        return settings.limits();
    }

    @Override
    @Transactional
    public void changeLimits(long staffId, Limits limits) {
        actors.requireStaff(staffId);
        within("newAccountDays", limits.newAccountDays(), 0, 365, "days");
        within("newAccountDailyBudget", limits.newAccountDailyBudget(), 1, 100_000, "a day");
        within("burstPerTenMinutes", limits.burstPerTenMinutes(), 1, 100_000, "in ten minutes");
        within("hideAfterReports", limits.hideAfterReports(), 1, 100, "members");
        Limits before = settings.limits();
        if (before.equals(limits)) {
            return;
        }
        settings.change(limits);
        audit.append(staffId, "LIMITS_CHANGED", "moderation.limits", null, describe(before) + " → " + describe(limits));
    }

    private static String describe(Limits limits) {
        return "new for " + limits.newAccountDays() + " days, " + limits.newAccountDailyBudget() + " a day; burst over "
                + limits.burstPerTenMinutes() + " in ten minutes; hidden after " + limits.hideAfterReports() + " reports";
    }

    private static void within(String field, int value, int least, int most, String unit) {
        if (value < least || value > most) {
            throw new Rejection(field, "Enter a number from " + least + " to " + most + " (" + unit + ").");
        }
    }
}
