package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.Passwords;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Mailer;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

@ApplicationScoped
class JpaPasswords implements Passwords {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    PasswordPolicy policy;

    @Inject
    Tokens tokens;

    @Inject
    Throttle throttle;

    @Inject
    Reauthentication reauthentication;

    @Inject
    IdentityMails mails;

    @Inject
    Mailer mailer;

    @Override
    @Transactional
    public void requestReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        String address = EmailAddresses.normalise(email);
        Instant now = Instant.now();
        // Every request counts, so nobody can flood an inbox or probe addresses quickly.
        if (throttle.blockedUntil(address, Throttle.Purpose.PASSWORD_RESET, now).isPresent()) {
            return;
        }
        throttle.recordFailure(address, Throttle.Purpose.PASSWORD_RESET, now);
        AccountQueries.byEmail(em, address)
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .ifPresent(account -> {
                    String token = tokens.issue(account.getId(), Token.Purpose.RESET_PASSWORD, now);
                    mailer.send(mails.resetPassword(account.getEmail(), account.getDisplayName(), token));
                });
    }

    @Override
    @Transactional
    public TokenOutcome reset(String token, String newPassword) {
        Tokens.Redemption redemption = tokens.redeem(token, Token.Purpose.RESET_PASSWORD, Instant.now());
        if (redemption.outcome() != TokenOutcome.ACCEPTED) {
            return redemption.outcome();
        }
        // A refused password rolls the transaction back, so the link is not used up.
        Account account = em.find(Account.class, redemption.accountId().orElseThrow());
        setPassword(account, newPassword);
        throttle.clear(account.getEmail(), Throttle.Purpose.SIGN_IN);
        // The link proved control of the address, which is more than the current password would.
        throttle.clear(account.getEmail(), Throttle.Purpose.REAUTHENTICATION);
        return TokenOutcome.ACCEPTED;
    }

    @Override
    @Transactional
    public void change(long accountId, String currentPassword, String newPassword) {
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getPasswordHash() == null) {
            throw new Rejection("current", "Your current password is not right.");
        }
        reauthentication.confirm(account, currentPassword, "current", "Your current password is not right.");
        setPassword(account, newPassword);
    }

    private void setPassword(Account account, String newPassword) {
        policy.problem(newPassword, account.getEmail(), account.getDisplayName()).ifPresent(problem -> {
            throw new Rejection("password", problem);
        });
        account.changePassword(hasher.hash(newPassword));
        mailer.send(mails.passwordChanged(account.getEmail(), account.getDisplayName()));
    }
}
