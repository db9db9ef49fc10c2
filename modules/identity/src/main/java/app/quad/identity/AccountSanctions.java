package app.quad.identity;

import app.quad.platform.Rejection;

import java.time.Instant;
import java.util.Optional;

/**
 * What moderators, career center staff and administrators do to an account after a moderation
 * decision. Each sanction is checked against the acting account, written to identity's audit trail
 * and published ({@link AccountSuspended}, {@link ReverificationRequired}) in the caller's transaction.
 */
public interface AccountSanctions {

    /**
     * Suspends the account: its sessions end and it cannot sign in. A suspension with an end lifts
     * itself once over (a sweep every few minutes, or the person's next sign-in; {@link AccountReactivated}).
     * A suspension in force is only ever made longer.
     *
     * @param until when it ends, or null for a ban that lasts until an administrator lifts it
     * @throws Rejection (field {@code reason}) without a reason, for oneself, for an administrator, for staff
     *         or a moderator unless the actor is an administrator; (field {@code until}) when it would end
     *         a suspension in force sooner, or the account is banned already
     * @throws SecurityException unless the actor is an active moderator, staff member or administrator
     */
    void suspend(long actorId, long accountId, Instant until, String reason);

    /**
     * The person must confirm their e-mail address again: the account goes back to unconfirmed and
     * its sessions end; signing in offers a new confirmation link.
     *
     * @throws Rejection (field {@code reason}) without a reason, for oneself, for an administrator, or for
     *         staff or a moderator unless the actor is an administrator
     * @throws SecurityException unless the actor is an active moderator, staff member or administrator
     */
    void requireReverification(long actorId, long accountId, String reason);

    /**
     * Lifts a suspension or ban, as when an appeal succeeds ({@link AccountReactivated}); nothing
     * happens to an account that is not suspended.
     *
     * @throws SecurityException unless the actor is an active moderator, staff member or administrator
     */
    void lift(long actorId, long accountId, String reason);

    /** What moderators see of an account beside a case: its age, confirmation and suspension. */
    Optional<AccountStanding> standing(long accountId);

    /** Whether the account may moderate: an active moderator, staff member or administrator. */
    boolean moderates(long accountId);
}
