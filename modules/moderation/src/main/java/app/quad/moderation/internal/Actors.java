package app.quad.moderation.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/** Who is acting: checks made by the services behind the page guard, and the actor of an identity event. */
@ApplicationScoped
class Actors {

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    boolean moderates(long accountId) {
        return holdsAny(accountId, Role.MODERATOR, Role.STAFF, Role.ADMIN);
    }

    void requireModerator(long accountId) {
        if (!moderates(accountId)) {
            throw new SecurityException("account " + accountId + " does not moderate");
        }
    }

    void requireStaff(long accountId) {
        if (!holdsAny(accountId, Role.STAFF, Role.ADMIN)) {
            throw new SecurityException("account " + accountId + " is not staff");
        }
    }

    void requireAdministrator(long accountId) {
        if (!holdsAny(accountId, Role.ADMIN)) {
            throw new SecurityException("account " + accountId + " is not an administrator");
        }
    }

    private boolean holdsAny(long accountId, Role... roles) {
        AccountSummary account = accounts.find(accountId).filter(found -> found.status() == AccountStatus.ACTIVE).orElse(null);
        if (account == null) {
            return false;
        }
        for (Role role : roles) {
            if (account.holds(role)) {
                return true;
            }
        }
        return false;
    }

    /** The person whose request caused an event, or null outside a request (a background job, the system). */
    Long current() {
        try {
            return currentUser.signedIn() ? currentUser.id() : null;
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }

    String name(Long accountId) {
        if (accountId == null) {
            return "Quad";
        }
        return accounts.find(accountId).map(AccountSummary::displayName).orElse("A former member");
    }
}
