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
}
