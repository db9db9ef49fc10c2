package app.quad.identity.internal;

import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountQuery;
import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.AccountSuspended;
import app.quad.identity.Role;
import app.quad.identity.RolesChanged;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

@ApplicationScoped
class JpaAccountAdministration implements AccountAdministration {

    static final int MAX_REASON_LENGTH = 500;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Event<RolesChanged> rolesChanged;

    @Inject
    Event<AccountSuspended> suspended;

    @Inject
    Event<AccountReactivated> reactivated;

    @Override
    public ResultPage<AccountSummary> search(AccountQuery query, int first, int pageSize) {
        String where = " WHERE (a.email LIKE :prefix ESCAPE '!' OR a.displayName LIKE :prefix ESCAPE '!')"
                + (query.status() == null ? "" : " AND a.status = :status")
                + (query.role() == null ? "" : " AND :role MEMBER OF a.roles");
        TypedQuery<Account> items = bind(em.createQuery("SELECT a FROM Account a" + where + " ORDER BY a.id DESC",
                Account.class), query);
        TypedQuery<Long> total = bind(em.createQuery("SELECT COUNT(a) FROM Account a" + where, Long.class), query);
        return new ResultPage<>(items.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(Account::summary).toList(), total.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AccountQuery criteria) {
        String text = criteria.text() == null ? "" : criteria.text().strip();
        query.setParameter("prefix", escapeLike(text) + "%");
        if (criteria.status() != null) {
            query.setParameter("status", criteria.status());
        }
        if (criteria.role() != null) {
            query.setParameter("role", criteria.role());
        }
        return query;
    }

    /** A typed % or _ is meant literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    @Transactional
    public void changeRoles(long actorId, long accountId, Set<Role> roles) {
        Actors.requireAdministrator(em, actorId);
        if (roles == null || roles.isEmpty()) {
            throw new Rejection("roles", "Give the account at least one role.");
        }
        if (actorId == accountId && !roles.contains(Role.ADMIN)) {
            throw new Rejection("roles", "You cannot take away your own administrator role; ask another administrator.");
        }
        Account account = find(accountId);
        Set<Role> before = account.getRoles();
        if (before.equals(roles)) {
            return;
        }
        account.changeRoles(EnumSet.copyOf(roles));
        audit(actorId, accountId, AuditEntry.Action.ROLES_CHANGED, new TreeSet<>(before) + " -> " + new TreeSet<>(roles));
        rolesChanged.fire(new RolesChanged(accountId));
    }

    @Override
    @Transactional
    public void suspend(long actorId, long accountId, String reason) {
        Actors.requireAdministrator(em, actorId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejection("reason", "Say why the account is suspended; the reason is kept in the audit trail.");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new Rejection("reason", "Use at most " + MAX_REASON_LENGTH + " characters.");
        }
        if (actorId == accountId) {
            throw new Rejection("reason", "You cannot suspend your own account.");
        }
        Account account = find(accountId);
        if (account.getStatus() == AccountStatus.SUSPENDED) {
            return;
        }
        account.suspend();
        audit(actorId, accountId, AuditEntry.Action.SUSPENDED, why);
        suspended.fire(new AccountSuspended(accountId));
    }

    @Override
    @Transactional
    public void reactivate(long actorId, long accountId) {
        Actors.requireAdministrator(em, actorId);
        Account account = find(accountId);
        if (account.getStatus() != AccountStatus.SUSPENDED) {
            return;
        }
        account.reactivate();
        audit(actorId, accountId, AuditEntry.Action.REACTIVATED, "reactivated");
        reactivated.fire(new AccountReactivated(accountId));
    }

    private Account find(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new Rejection("account", "There is no such account.");
        }
        return account;
    }

    private void audit(long actorId, long accountId, AuditEntry.Action action, String detail) {
        em.persist(new AuditEntry(actorId, accountId, action, detail, Instant.now()));
    }
}
