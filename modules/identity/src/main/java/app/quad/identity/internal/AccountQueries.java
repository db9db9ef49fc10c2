package app.quad.identity.internal;

import jakarta.persistence.EntityManager;

import java.util.Optional;

/** Look-ups of accounts shared by identity's services. */
final class AccountQueries {

    private AccountQueries() {
    }

    /** The account of a normalised e-mail address. */
    static Optional<Account> byEmail(EntityManager em, String normalisedEmail) {
        return em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", normalisedEmail)
                .getResultStream()
                .findFirst();
    }
}
