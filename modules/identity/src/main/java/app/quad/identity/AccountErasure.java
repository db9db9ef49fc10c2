package app.quad.identity;

/** "Delete my account": the person erases themselves, everywhere in Quad, in one transaction. */
public interface AccountErasure {

    /**
     * Erases the account and everything every module holds about the person, after checking the
     * current password. The caller must end the person's session afterwards.
     *
     * @throws app.quad.platform.Rejection (field {@code password}) when the password is wrong, is not
     *                                     checked for a while after too many wrong ones (counted per
     *                                     account, together with {@link Passwords#change}), or the
     *                                     account has none; (field {@code erase}) when the person is
     *                                     the last active administrator
     */
    void erase(long accountId, String password);
}
