package app.quad.moderation;

import app.quad.identity.AccountStatus;

import java.time.Instant;

/**
 * What a moderator sees of an item's author beside a case.
 *
 * @param priorCases other cases about the author's things or account
 * @param sanctions  warnings, suspensions and bans in those cases
 */
public record AuthorHistory(long accountId, String name, AccountStatus status, Instant joined, boolean verified,
                            Instant suspendedUntil, long priorCases, long sanctions) {
}
