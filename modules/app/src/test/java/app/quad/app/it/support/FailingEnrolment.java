package app.quad.app.it.support;

import app.quad.identity.AccountRegistered;
import app.quad.identity.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Makes a reaction to AccountRegistered fail for addresses starting with "fail-", as a broken observer would. */
@ApplicationScoped
public class FailingEnrolment {

    public static final String PREFIX = "fail-";

    @Inject
    Accounts accounts;

    void failFor(@Observes AccountRegistered event) {
        accounts.find(event.accountId())
                .filter(account -> account.email().startsWith(PREFIX))
                .ifPresent(account -> {
                    throw new IllegalStateException("observer failed for " + account.email());
                });
    }
}
