package app.quad.identity.internal;

import app.quad.identity.AccountErased;
import app.quad.identity.AccountErasure;
import app.quad.identity.AccountStatus;
import app.quad.identity.Role;
import app.quad.platform.PersonalData;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.logging.Logger;

/**
 * "Delete my account": every other module's {@link PersonalData#erase} first, then
 * {@link AccountErased}, then identity's own rows, all in one transaction.
 */
@ApplicationScoped
class JpaAccountErasure implements AccountErasure {

    private static final Logger LOG = Logger.getLogger(JpaAccountErasure.class.getName());

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Reauthentication reauthentication;

    @Inject
    @Any
    Instance<PersonalData> modules;

    @Inject
    IdentityPersonalData identity;

    @Inject
    Event<AccountErased> erased;

    @Override
    @Transactional
    public void erase(long accountId, String password) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new IllegalArgumentException("no account " + accountId);
        }
        if (account.getPasswordHash() == null) {
            throw new Rejection("password", "Your account has no Quad password yet, because you sign in with your campus"
                    + " account. Set one with “Forgot your password?” on the sign-in page, then come back here.");
        }
        reauthentication.confirm(account, password, "password", "That is not your password.");
        if (account.getStatus() == AccountStatus.ACTIVE && account.getRoles().contains(Role.ADMIN) && otherActiveAdmins(accountId) == 0) {
            throw new Rejection("erase", "You are the only administrator of Quad. Make someone else an administrator"
                    + " first, then delete your account.");
        }
        PersonalData.Subject subject = new PersonalData.Subject(accountId, account.getEmail(), account.getDisplayName());
        modules.stream()
                .filter(module -> !(module instanceof IdentityPersonalData) && !"identity".equals(module.module()))
                .sorted(Comparator.comparing(PersonalData::module))
                .forEach(module -> module.erase(subject));
        erased.fire(new AccountErased(accountId));
        identity.erase(subject);
        LOG.info(() -> "Account " + accountId + " was erased at its owner's request");
    }

    private long otherActiveAdmins(long accountId) {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :status"
                        + " AND a.id <> :me", Long.class)
                .setParameter("role", Role.ADMIN).setParameter("status", AccountStatus.ACTIVE).setParameter("me", accountId)
                .getSingleResult();
    }
}
