package app.quad.moderation.internal;

import app.quad.moderation.Limits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moderation's configuration; see config/quad.properties. The limits are staff's to change on the
 * rules page (kept in moderation_setting, shared by every node); the configuration keys are only
 * their defaults. Read through the methods: the bean is injected as a proxy, whose own fields are
 * never set.
 */
@ApplicationScoped
class ModerationSettings {

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "quad.moderation.hide-after-reports", defaultValue = "3")
    int hideAfterReports;

    @Inject
    @ConfigProperty(name = "quad.moderation.new-account-days", defaultValue = "7")
    int newAccountDays;

    @Inject
    @ConfigProperty(name = "quad.moderation.new-account-daily-budget", defaultValue = "20")
    int newAccountDailyBudget;

    @Inject
    @ConfigProperty(name = "quad.moderation.burst-per-10-minutes", defaultValue = "30")
    int burstPerTenMinutes;

    /** Keyword rules from configuration (comma-separated), held for review; staff add more on the rules page. */
    @Inject
    @ConfigProperty(name = "quad.moderation.hold-keywords", defaultValue = " ")
    String holdKeywords;

    /** Link shorteners: a link to one of these hosts is held for review. */
    @Inject
    @ConfigProperty(name = "quad.moderation.shorteners",
            defaultValue = "bit.ly,tinyurl.com,t.co,goo.gl,ow.ly,is.gd,buff.ly,rebrand.ly,cutt.ly,shorturl.at,tiny.cc")
    String shorteners;

    Limits limits() {
        Map<String, Integer> chosen = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, value FROM moderation_setting").getResultList();
        for (Object[] row : rows) {
            chosen.put((String) row[0], Integer.valueOf((String) row[1]));
        }
        return new Limits(chosen.getOrDefault("new-account-days", newAccountDays),
                chosen.getOrDefault("new-account-daily-budget", newAccountDailyBudget),
                chosen.getOrDefault("burst-per-10-minutes", burstPerTenMinutes),
                chosen.getOrDefault("hide-after-reports", hideAfterReports));
    }

    /** Needs the caller's transaction. */
    void change(Limits limits) {
        save("new-account-days", limits.newAccountDays());
        save("new-account-daily-budget", limits.newAccountDailyBudget());
        save("burst-per-10-minutes", limits.burstPerTenMinutes());
        save("hide-after-reports", limits.hideAfterReports());
    }

    private void save(String name, int value) {
        em.createNativeQuery("INSERT INTO moderation_setting (name, value, changed_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value), changed_at = VALUES(changed_at)")
                .setParameter(1, name).setParameter(2, Integer.toString(value)).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    String holdKeywords() { return holdKeywords; }
    String shorteners() { return shorteners; }
}
