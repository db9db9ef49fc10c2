package app.quad.identity.internal;

import app.quad.identity.AccountRegistered;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.EmailTakenException;
import app.quad.identity.NewAccount;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Event<AccountRegistered> registered;

    @Override
    @Transactional
    public long register(NewAccount request) {
        String email = EmailAddresses.normalise(request.email());
        if (AccountQueries.byEmail(em, email).isPresent()) {
            throw new EmailTakenException(email);
        }
        Account account = new Account(email, request.displayName().strip(),
                passwords.hash(request.password()), request.roles(), AccountStatus.ACTIVE, Instant.now());
        if (request.organisationId() != null) {
            if (em.find(Organisation.class, request.organisationId()) == null) {
                throw new IllegalArgumentException("no organisation " + request.organisationId());
            }
            account.joinOrganisation(request.organisationId());
        }
        em.persist(account);
        em.flush();
        registered.fire(new AccountRegistered(account.getId()));
        return account.getId();
    }

    @Override
    public Optional<AccountSummary> find(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(Account::summary);
    }

    @Override
    public Optional<AccountSummary> findByEmail(String email) {
        return AccountQueries.byEmail(em, EmailAddresses.normalise(email)).map(Account::summary);
    }

    @Override
    public long countWithRole(Role role) {
        return em.createNamedQuery("Account.countWithRole", Long.class)
                .setParameter("role", role)
                .setParameter("status", AccountStatus.ACTIVE)
                .getSingleResult();
    }
}
