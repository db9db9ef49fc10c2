package app.quad.moderation;

/**
 * The numbers behind moderation's automated defences, which staff tune on the rules page.
 *
 * @param newAccountDays          how long an account counts as new (0: no account does)
 * @param newAccountDailyBudget   what a new account may send a day, of each kind (messages, connection requests, posts, comments)
 * @param burstPerTenMinutes      more of one kind than this in ten minutes is a burst: the next are held for review
 * @param hideAfterReports        reports from this many distinct members hide an item pending review
 */
public record Limits(int newAccountDays, int newAccountDailyBudget, int burstPerTenMinutes, int hideAfterReports) {
}
