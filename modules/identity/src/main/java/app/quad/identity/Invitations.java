package app.quad.identity;

import app.quad.platform.Rejection;

/** People whom staff imported accept the mailed invitation by choosing a password. */
public interface Invitations {

    /**
     * Redeems an invitation link: the account gets the password and becomes active, and
     * {@link AccountVerified} is published. A refused password leaves the link usable.
     *
     * @throws Rejection (field {@code password}) if the password breaks the policy
     */
    TokenOutcome accept(String token, String password);

    /**
     * Mails a fresh invitation to an account that has not accepted one yet; earlier links stop working.
     *
     * @throws Rejection (field {@code account}) when the account is not waiting for an invitation
     * @throws SecurityException unless the actor is active staff or an administrator
     */
    void resend(long actorId, long accountId);
}
