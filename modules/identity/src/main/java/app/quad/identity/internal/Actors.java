package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Role;
import jakarta.persistence.EntityManager;

/**
 * The checks services make of the account acting, behind the page guard: a forged or misrouted
 * call from someone without the role changes nothing.
 */
final class Actors {

    private Actors() {
    }

    static boolean isStaff(EntityManager em, long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.getStatus() == AccountStatus.ACTIVE
                && (account.getRoles().contains(Role.STAFF) || account.getRoles().contains(Role.ADMIN));
    }

    /** Those who review reports: moderators, career center staff and administrators, with an active account. */
    static boolean isModerator(EntityManager em, Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account != null && account.getStatus() == AccountStatus.ACTIVE && (account.getRoles().contains(Role.MODERATOR)
                || account.getRoles().contains(Role.STAFF) || account.getRoles().contains(Role.ADMIN));
    }

    /** @throws SecurityException unless the account is active career center staff or an administrator */
    static void requireStaff(EntityManager em, long accountId) {
        if (!isStaff(em, accountId)) {
            throw new SecurityException("account " + accountId + " is not active staff");
        }
    }

    /** @throws SecurityException unless the account is an active administrator */
    static void requireAdministrator(EntityManager em, long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getStatus() != AccountStatus.ACTIVE || !account.getRoles().contains(Role.ADMIN)) {
            throw new SecurityException("account " + accountId + " is not an active administrator");
        }
    }
}
