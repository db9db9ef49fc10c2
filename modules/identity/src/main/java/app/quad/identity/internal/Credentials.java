package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Optional;

/** Checks an e-mail address and password, counting failures per address. */
@ApplicationScoped
class Credentials {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    Throttle throttle;

    @Inject
    JpaAccountSanctions sanctions;

    SignInResult check(String email, String password) {
        Instant now = Instant.now();
        String address = email == null ? "" : EmailAddresses.normalise(email);
        Optional<Instant> blocked = throttle.blockedUntil(address, Throttle.Purpose.SIGN_IN, now);
        if (blocked.isPresent()) {
            return SignInResult.blocked(blocked.get());
        }
        Optional<Account> account = AccountQueries.byEmail(em, address);
        if (!matches(account, password == null ? "" : password)) {
            return throttle.recordFailure(address, Throttle.Purpose.SIGN_IN, now)
                    .map(SignInResult::blocked)
                    .orElse(SignInResult.failed(SignInResult.Outcome.WRONG_CREDENTIALS));
        }
        throttle.clear(address, Throttle.Purpose.SIGN_IN);
        AccountStatus status = account.get().getStatus();
        if (status == AccountStatus.SUSPENDED && sanctions.liftIfOver(account.get().getId())) {
            account = AccountQueries.byEmail(em, address);
            status = account.get().getStatus();
        }
        return switch (status) {
            case ACTIVE -> SignInResult.signedIn(account.get());
            case UNVERIFIED -> SignInResult.failed(SignInResult.Outcome.UNVERIFIED);
            case SUSPENDED -> SignInResult.failed(SignInResult.Outcome.SUSPENDED);
            case INVITED -> SignInResult.failed(SignInResult.Outcome.WRONG_CREDENTIALS);
        };
    }

    private boolean matches(Optional<Account> account, String password) {
        if (account.isEmpty() || account.get().getPasswordHash() == null) {
            passwords.checkAgainstNothing(password);
            return false;
        }
        return passwords.matches(password, account.get().getPasswordHash());
    }
}
