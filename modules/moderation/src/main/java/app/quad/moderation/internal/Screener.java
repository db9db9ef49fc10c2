package app.quad.moderation.internal;

import app.quad.identity.AccountSanctions;
import app.quad.identity.AccountStanding;
import app.quad.identity.Organisations;
import app.quad.moderation.Limits;
import app.quad.moderation.ScreeningRule;
import app.quad.platform.moderation.ContentScreening;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moderation's automated defences: the text rules of {@link ScreeningPolicy}, then, for kinds people
 * send in numbers, budgets for new accounts (over budget is refused) and bursts (held for review).
 * Counting runs in the caller's transaction, so a refused or rolled-back submission counts nothing.
 */
@ApplicationScoped
class Screener implements ContentScreening {

    /** Kinds counted towards budgets and bursts. */
    static final Set<String> COUNTED = Set.of("networking.message", "networking.connection-request", "networking.post",
            "networking.comment", "groups.post", "groups.comment");

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Inject
    ModerationSettings settings;

    @Inject
    AccountSanctions sanctions;

    @Inject
    JpaModeration moderation;

    @Inject
    Organisations organisations;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Screening screen(Submission given) {
        Submission submission = withEmailDomain(given);
        Screening verdict = ScreeningPolicy.judge(submission, rules(), csv(settings.shorteners()));
        if (verdict.verdict() == Screening.Verdict.BLOCK || !COUNTED.contains(submission.kind())) {
            return verdict;
        }
        Limits limits = settings.limits();
        Instant now = Instant.now();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        long today = counted(submission, now.minus(Duration.ofDays(1)));
        AccountStanding standing = sanctions.standing(submission.authorId()).orElse(null);
        boolean young = standing != null && standing.createdAt() != null
                && standing.createdAt().isAfter(now.minus(Duration.ofDays(limits.newAccountDays())));
        if (young && today >= limits.newAccountDailyBudget()) {
            return new Screening(Screening.Verdict.BLOCK, List.of("New accounts may send " + limits.newAccountDailyBudget() + " of these a day"
                    + " in their first " + limits.newAccountDays() + " days. Try again tomorrow."));
        }
        em.createNativeQuery("INSERT INTO moderation_counter (account_id, kind, minute, count) VALUES (?, ?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE count = count + 1")
                .setParameter(1, submission.authorId()).setParameter(2, submission.kind()).setParameter(3, Timestamp.from(minute))
                .executeUpdate();
        if (counted(submission, now.minus(Duration.ofMinutes(10))) > limits.burstPerTenMinutes()) {
            List<String> signals = new ArrayList<>(verdict.signals());
            signals.add("a burst: more than " + limits.burstPerTenMinutes() + " in ten minutes");
            return new Screening(Screening.Verdict.HOLD, signals);
        }
        return verdict;
    }

    /** A posting names its organisation by id; the free-mail check needs the organisation's e-mail domain. */
    private Submission withEmailDomain(Submission submission) {
        String organisation = submission.attributes().getOrDefault("organisationId", "");
        if (organisation.isBlank() || submission.attributes().containsKey("emailDomain")) {
            return submission;
        }
        try {
            return organisations.find(Long.parseLong(organisation.strip())).map(found -> {
                Map<String, String> attributes = new HashMap<>(submission.attributes());
                attributes.put("emailDomain", found.emailDomain());
                return new Submission(submission.kind(), submission.authorId(), submission.text(), attributes);
            }).orElse(submission);
        } catch (NumberFormatException notAnId) {
            return submission;
        }
    }

    private long counted(Submission submission, Instant since) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(count), 0) FROM moderation_counter WHERE account_id = ? AND kind = ?"
                        + " AND minute >= ?")
                .setParameter(1, submission.authorId()).setParameter(2, submission.kind())
                .setParameter(3, Timestamp.from(since.truncatedTo(ChronoUnit.MINUTES))).getSingleResult();
        return ((Number) sum).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void held(ReportTarget target, long authorId, Screening screening) {
        moderation.held(target, authorId, screening);
    }

    private List<ScreeningPolicy.Rule> rules() {
        List<ScreeningPolicy.Rule> rules = new ArrayList<>();
        for (String keyword : csv(settings.holdKeywords())) {
            rules.add(new ScreeningPolicy.Rule(ScreeningRule.Kind.KEYWORD, keyword, Screening.Verdict.HOLD));
        }
        em.createQuery("SELECT r FROM StoredRule r", StoredRule.class).getResultStream().map(StoredRule::view)
                .forEach(rule -> rules.add(new ScreeningPolicy.Rule(rule.kind(), rule.pattern(), rule.verdict())));
        return rules;
    }

    /** A comma-separated setting; an empty one may arrive as null. */
    static Set<String> csv(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).collect(Collectors.toSet());
    }
}
