package app.quad.identity.internal;

import app.quad.identity.AccountRegistered;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountVerified;
import app.quad.identity.CampusDomains;
import app.quad.identity.Registration;
import app.quad.identity.Role;
import app.quad.identity.SignUpRequest;
import app.quad.identity.TokenOutcome;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class JpaRegistration implements Registration {

    static final int MAX_NAME_LENGTH = 100;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    CampusDomains campusDomains;

    @Inject
    Tokens tokens;

    @Inject
    AddressConfirmation confirmation;

    @Inject
    Event<AccountRegistered> registered;

    @Inject
    Event<AccountVerified> verified;

    @Override
    @Transactional
    public long signUp(SignUpRequest request) {
        String email = request.email() == null ? "" : EmailAddresses.normalise(request.email());
        String name = request.displayName() == null ? "" : request.displayName().strip();
        check(request.role(), email, name, request.password());
        if (AccountQueries.byEmail(em, email).isPresent()) {
            throw emailTaken();
        }
        Instant now = Instant.now();
        Account account = new Account(email, name, passwords.hash(request.password()),
                Set.of(request.role()), AccountStatus.UNVERIFIED, now);
        em.persist(account);
        em.flush();
        registered.fire(new AccountRegistered(account.getId()));
        confirmation.send(account, now);
        return account.getId();
    }

    @Override
    @Transactional
    public TokenOutcome verify(String token) {
        Instant now = Instant.now();
        Tokens.Redemption redemption = tokens.redeem(token, Token.Purpose.VERIFY_EMAIL, now);
        redemption.accountId().ifPresent(id -> {
            if (em.find(Account.class, id).verify(now)) {
                verified.fire(new AccountVerified(id));
            }
        });
        return redemption.outcome();
    }

    @Override
    @Transactional
    public void resendVerification(String email) {
        if (email == null) {
            return;
        }
        AccountQueries.byEmail(em, EmailAddresses.normalise(email))
                .filter(account -> account.getStatus() == AccountStatus.UNVERIFIED)
                .ifPresent(account -> confirmation.send(account, Instant.now()));
    }

    private void check(Role role, String email, String name, String password) {
        checkPerson(email, name);
        if (role != Role.STUDENT && role != Role.ALUMNI) {
            throw new Rejection("role", "Choose whether you are a student or a graduate.");
        }
        if (role == Role.STUDENT && !campusDomains.admits(email)) {
            throw new Rejection("email", studentDomainMessage(campusDomains.list()));
        }
        policy.problem(password, email, name).ifPresent(problem -> {
            throw new Rejection("password", problem);
        });
    }

    /** The checks every self-service sign-up makes of a person's name and address. */
    static void checkPerson(String email, String name) {
        if (name.isEmpty()) {
            throw new Rejection("displayName", "Enter your name as you would like others to see it.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new Rejection("displayName", "Use at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (!EmailAddresses.isPlausible(email)) {
            throw new Rejection("email", "Enter an e-mail address such as name@example.edu.");
        }
    }

    static Rejection emailTaken() {
        return new Rejection("email", "An account with this e-mail address already exists."
                + " Sign in, or reset your password if you have forgotten it.");
    }

    static String studentDomainMessage(List<String> domains) {
        if (domains.isEmpty()) {
            return "Student sign-up is not open yet: the career center has not listed a campus e-mail domain.";
        }
        return "Students sign up with their campus e-mail address (ending in @"
                + String.join(" or @", domains) + ").";
    }
}
