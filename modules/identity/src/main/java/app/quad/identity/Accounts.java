package app.quad.identity;

import java.util.Optional;

/** Opens and looks up accounts. */
public interface Accounts {

    /**
     * Opens an active account, as staff tools and demo data do, and publishes {@link AccountRegistered} in the same transaction.
     *
     * @return the new account's id
     * @throws EmailTakenException if the (normalised) e-mail address already has an account
     */
    long register(NewAccount account);

    Optional<AccountSummary> find(long accountId);

    /** Looks up by e-mail address, ignoring case and surrounding blanks. */
    Optional<AccountSummary> findByEmail(String email);

    /** How many active accounts hold the role. */
    long countWithRole(Role role);
}
