package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountVerified;
import app.quad.identity.Invitations;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Mailer;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

@ApplicationScoped
class JpaInvitations implements Invitations {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher passwords;

    @Inject
    Event<AccountVerified> verified;

    @Inject
    IdentityMails mails;

    @Inject
    Mailer mailer;

    @Override
    @Transactional
    public void resend(long actorId, long accountId) {
        Actors.requireStaff(em, actorId);
        Account account = em.find(Account.class, accountId);
        if (account == null || account.getStatus() != AccountStatus.INVITED) {
            throw new Rejection("account", "Only an account that has not accepted its invitation can be invited again.");
        }
        send(account, Instant.now());
    }

    /** Issues an invitation link for the account, retiring earlier ones, and mails it. */
    void send(Account account, Instant now) {
        String token = tokens.issue(account.getId(), Token.Purpose.INVITATION, now);
        mailer.send(mails.invitation(account.getEmail(), account.getDisplayName(), token));
    }

    @Override
    @Transactional
    public TokenOutcome accept(String token, String password) {
        Instant now = Instant.now();
        Tokens.Redemption redemption = tokens.redeem(token, Token.Purpose.INVITATION, now);
        if (redemption.outcome() != TokenOutcome.ACCEPTED) {
            return redemption.outcome();
        }
        Account account = em.find(Account.class, redemption.accountId().orElseThrow());
        if (account.getStatus() != AccountStatus.INVITED) {
            return TokenOutcome.USED;
        }
        // Thrown inside the transaction, so the redeemed link is rolled back and works again.
        policy.problem(password, account.getEmail(), account.getDisplayName()).ifPresent(problem -> {
            throw new Rejection("password", problem);
        });
        account.acceptInvitation(passwords.hash(password), now);
        verified.fire(new AccountVerified(account.getId()));
        return TokenOutcome.ACCEPTED;
    }
}
