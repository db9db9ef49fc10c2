package app.quad.identity.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.util.Optional;

/** The caller Jakarta Security authenticated, whose principal name is the account id. */
@RequestScoped
class SecurityCurrentUser implements CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<AccountSummary> account;

    @Override
    public boolean signedIn() {
        return caller() != null;
    }

    /**
     * The caller, or null. Outside an HTTP request (start-up work such as the demo data, timers) the
     * security context refuses to answer; nobody is signed in there.
     */
    private Principal caller() {
        try {
            return security.getCallerPrincipal();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }

    @Override
    public long id() {
        Principal caller = caller();
        if (caller == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return Long.parseLong(caller.getName());
    }

    @Override
    public Optional<AccountSummary> account() {
        if (account == null) {
            account = signedIn() ? accounts.find(id()) : Optional.empty();
        }
        return account;
    }

    @Override
    public boolean holds(Role role) {
        return security.isCallerInRole(role.name());
    }
}
