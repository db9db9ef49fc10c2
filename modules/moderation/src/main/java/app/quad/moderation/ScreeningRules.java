package app.quad.moderation;

import app.quad.platform.ResultPage;
import app.quad.platform.moderation.Screening;

/** Staff's keyword and link rules and the limits, used by moderation's {@link app.quad.platform.moderation.ContentScreening}. */
public interface ScreeningRules {

    ResultPage<ScreeningRule> list(int first, int max);

    /**
     * @throws app.quad.platform.Rejection field {@code pattern} when empty, too long or already a rule
     * @throws SecurityException unless the actor is staff or an administrator
     */
    long add(long staffId, ScreeningRule.Kind kind, String pattern, Screening.Verdict verdict);

    void remove(long staffId, long ruleId);

    /** The limits in force: staff's choice, or the configured default. */
    Limits limits();

    /**
     * @throws app.quad.platform.Rejection fields {@code newAccountDays}, {@code newAccountDailyBudget},
     *         {@code burstPerTenMinutes} or {@code hideAfterReports} when out of range
     * @throws SecurityException unless the actor is staff or an administrator
     */
    void changeLimits(long staffId, Limits limits);
}
