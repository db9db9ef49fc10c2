package app.quad.identity;

import app.quad.platform.Rejection;

/** Self-service sign-up of students and graduates, and confirmation of their e-mail address. */
public interface Registration {

    /**
     * Opens an {@link AccountStatus#UNVERIFIED} account, publishes {@link AccountRegistered} and
     * mails a single-use confirmation link, all in one transaction.
     *
     * @return the new account's id
     * @throws Rejection naming the field: e-mail taken or not on a campus domain, weak password,
     *                   missing name, a role that cannot sign up
     */
    long signUp(SignUpRequest request);

    /**
     * Redeems a confirmation link: the account becomes active and {@link AccountVerified} is published.
     */
    TokenOutcome verify(String token);

    /**
     * Mails a fresh confirmation link if the address belongs to an unconfirmed account; otherwise
     * does nothing, so the answer never tells who has an account.
     */
    void resendVerification(String email);
}
