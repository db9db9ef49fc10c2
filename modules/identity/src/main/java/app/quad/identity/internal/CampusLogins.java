package app.quad.identity.internal;

import app.quad.identity.AccountRegistered;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountVerified;
import app.quad.identity.CampusDomains;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a person vouched for by the campus identity provider into a Quad account, following
 * {@link CampusLinking}, and remembers the link so later sign-ins match by subject.
 */
@ApplicationScoped
class CampusLogins {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Event<AccountRegistered> registered;

    @Inject
    Event<AccountVerified> verified;

    @Inject
    JpaAccountSanctions sanctions;

    @Transactional
    SsoOutcome signIn(ExternalIdentity person) {
        Instant now = Instant.now();
        Optional<ExternalLogin> link = em.createNamedQuery("ExternalLogin.bySubject", ExternalLogin.class)
                .setParameter("issuer", person.issuer())
                .setParameter("subject", person.subject())
                .getResultStream().findFirst();
        Optional<Account> linked = link.map(login -> em.find(Account.class, login.getAccountId()));
        Optional<Account> sameEmail = person.hasEmail() ? AccountQueries.byEmail(em, person.email()) : Optional.empty();
        // A suspension for a period that has run its course ends now, as it does for a password sign-in.
        linked.ifPresent(account -> sanctions.liftIfOver(account.getId()));
        sameEmail.ifPresent(account -> sanctions.liftIfOver(account.getId()));
        CampusLinking.Decision decision = CampusLinking.decide(person,
                linked.map(account -> known(account, person)),
                sameEmail.map(account -> known(account, person)),
                person.hasEmail() && campusDomains.admits(person.email()));
        return switch (decision.action()) {
            case REFUSE -> SsoOutcome.refused(decision.refusal());
            case CREATE -> SsoOutcome.signedIn(create(person, now));
            case SIGN_IN -> {
                Account account = em.find(Account.class, decision.accountId());
                if (decision.activate() && account.activate(now)) {
                    verified.fire(new AccountVerified(account.getId()));
                }
                if (decision.link()) {
                    em.persist(new ExternalLogin(person.issuer(), person.subject(), account.getId(), now));
                } else {
                    link.ifPresent(login -> login.signedIn(now));
                }
                yield SsoOutcome.signedIn(account);
            }
        };
    }

    private Account create(ExternalIdentity person, Instant now) {
        // No password: the person signs in through the campus.
        Account account = new Account(person.email(), person.displayName(), null, Set.of(Role.STUDENT),
                AccountStatus.ACTIVE, now);
        em.persist(account);
        em.flush();
        em.persist(new ExternalLogin(person.issuer(), person.subject(), account.getId(), now));
        registered.fire(new AccountRegistered(account.getId()));
        // The campus confirmed the address, as the confirmation link does for a sign-up.
        verified.fire(new AccountVerified(account.getId()));
        return account;
    }

    private CampusLinking.Known known(Account account, ExternalIdentity person) {
        long links = em.createNamedQuery("ExternalLogin.countOthersOfAccount", Long.class)
                .setParameter("issuer", person.issuer())
                .setParameter("subject", person.subject())
                .setParameter("accountId", account.getId())
                .getSingleResult();
        return new CampusLinking.Known(account.getId(), account.getStatus(), links > 0);
    }
}
