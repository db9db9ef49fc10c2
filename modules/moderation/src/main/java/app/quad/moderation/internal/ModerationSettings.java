package app.quad.moderation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moderation's configuration; see config/quad.properties. Read through the methods: the bean is
 * injected as a proxy, whose own fields are never set.
 */
@ApplicationScoped
class ModerationSettings {

    @Inject
    @ConfigProperty(name = "quad.moderation.hide-after-reports", defaultValue = "3")
    int hideAfterReports;

    @Inject
    @ConfigProperty(name = "quad.moderation.new-account-days", defaultValue = "7")
    int newAccountDays;

    /** What a new account may publish per day, of each kind (messages, connection requests, posts and comments). */
    @Inject
    @ConfigProperty(name = "quad.moderation.new-account-daily-budget", defaultValue = "20")
    int newAccountDailyBudget;

    /** More submissions of one kind than this in ten minutes is a burst: the next are held for review. */
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

    int hideAfterReports() { return hideAfterReports; }
    int newAccountDays() { return newAccountDays; }
    int newAccountDailyBudget() { return newAccountDailyBudget; }
    int burstPerTenMinutes() { return burstPerTenMinutes; }
    String holdKeywords() { return holdKeywords; }
    String shorteners() { return shorteners; }
}
