package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountRegistered;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Gives a new installation its first administrator, named by {@code quad.initial-admin-email}:
 * only while no administrator exists, the account at that address gets the administrator role,
 * or is opened as an invited administrator and staff member who chooses a password from the
 * mailed link. Once there is an administrator, the setting does nothing.
 */
@ApplicationScoped
class InitialAdministrator {

    enum Step { NOTHING, GRANT, INVITE }

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    JpaInvitations invitations;

    @Inject
    Event<AccountRegistered> registered;

    static Step decide(boolean administratorExists, boolean accountExists) {
        if (administratorExists) {
            return Step.NOTHING;
        }
        return accountExists ? Step.GRANT : Step.INVITE;
    }

    @Transactional
    Step ensure(String email) {
        if (email == null || email.isBlank()) {
            return Step.NOTHING;
        }
        String address = EmailAddresses.normalise(email);
        if (!EmailAddresses.isPlausible(address)) {
            LOG.warning(() -> "quad.initial-admin-email is not an e-mail address: " + address);
            return Step.NOTHING;
        }
        boolean administratorExists = !em.createQuery("SELECT a.id FROM Account a JOIN a.roles r WHERE r = :admin"
                        + " AND a.status IN :statuses", Long.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("statuses", Set.of(AccountStatus.ACTIVE, AccountStatus.INVITED, AccountStatus.UNVERIFIED))
                .setMaxResults(1).getResultList().isEmpty();
        Optional<Account> existing = AccountQueries.byEmail(em, address);
        Step step = decide(administratorExists, existing.isPresent());
        Instant now = Instant.now();
        if (step == Step.GRANT) {
            Account account = existing.get();
            Set<Role> roles = EnumSet.copyOf(account.getRoles());
            roles.add(Role.ADMIN);
            account.changeRoles(roles);
            em.persist(new AuditEntry(account.getId(), account.getId(), AuditEntry.Action.ROLES_CHANGED,
                    "administrator role from quad.initial-admin-email", now));
            LOG.info(() -> "Initial administrator: " + address + " now holds the administrator role");
        } else if (step == Step.INVITE) {
            Account account = new Account(address, "Administrator", null, Set.of(Role.ADMIN, Role.STAFF),
                    AccountStatus.INVITED, now);
            em.persist(account);
            em.flush();
            registered.fire(new AccountRegistered(account.getId()));
            invitations.send(account, now);
            LOG.info(() -> "Initial administrator: invited " + address + "; the invitation link is in the mail");
        }
        return step;
    }
}
