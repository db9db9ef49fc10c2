package app.quad.identity;

import app.quad.platform.Rejection;

/** Forgotten and changed passwords. */
public interface Passwords {

    /**
     * Mails a single-use reset link, valid for an hour, if the address belongs to an active
     * account. The caller learns nothing either way; repeated requests for one address are
     * throttled like failed sign-ins.
     */
    void requestReset(String email);

    /**
     * Sets a new password with a reset link. Every session of the account ends.
     *
     * @throws Rejection (field {@code password}) for a password the policy refuses; the link stays usable
     */
    TokenOutcome reset(String token, String newPassword);

    /**
     * Changes the password of a signed-in person; every session of the account ends, so the page
     * that made the change must renew its own.
     *
     * @throws Rejection (field {@code current}) when the current password is wrong, or is not
     *                   checked for a while after too many wrong ones (counted per account, together
     *                   with {@link AccountErasure#erase}); (field {@code password}) for a password
     *                   the policy refuses
     */
    void change(long accountId, String currentPassword, String newPassword);
}
