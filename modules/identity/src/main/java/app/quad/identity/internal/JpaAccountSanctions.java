package app.quad.identity.internal;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSanctions;
import app.quad.identity.AccountStanding;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSuspended;
import app.quad.identity.ReverificationRequired;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

@ApplicationScoped
class JpaAccountSanctions implements AccountSanctions {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Event<AccountSuspended> suspended;

    @Inject
    Event<AccountReactivated> reactivated;

    @Inject
    Event<ReverificationRequired> reverification;

    @Override
    @Transactional
    public void suspend(long actorId, long accountId, Instant until, String reason) {
        Account account = target(actorId, accountId, reason);
        if (until != null && !until.isAfter(Instant.now())) {
            throw new Rejection("until", "A suspension ends in the future.");
        }
        boolean already = account.getStatus() == AccountStatus.SUSPENDED;
        if (already && account.getSuspendedUntil() == null) {
            throw new Rejection("until", "The account is suspended without end already.");
        }
        if (already && until != null && until.isBefore(account.getSuspendedUntil())) {
            // A second case must not cut short what the first decided.
            throw new Rejection("until", "The account is suspended until "
                    + DateTimeFormatter.ISO_INSTANT.format(account.getSuspendedUntil()) + " already; choose a later end.");
        }
        account.suspend(until);
        String period = until == null ? "banned" : "until " + DateTimeFormatter.ISO_INSTANT.format(until);
        em.persist(new AuditEntry(actorId, accountId, AuditEntry.Action.SUSPENDED, period + ": " + reason.strip(), Instant.now()));
        if (!already) {
            suspended.fire(new AccountSuspended(accountId));
        }
    }

    @Override
    @Transactional
    public void requireReverification(long actorId, long accountId, String reason) {
        Account account = target(actorId, accountId, reason);
        account.requireReverification();
        em.persist(new AuditEntry(actorId, accountId, AuditEntry.Action.REVERIFICATION_REQUIRED, reason.strip(), Instant.now()));
        reverification.fire(new ReverificationRequired(accountId));
    }

    @Override
    @Transactional
    public void lift(long actorId, long accountId, String reason) {
        Account account = target(actorId, accountId, reason);
        if (account.getStatus() != AccountStatus.SUSPENDED) {
            return;
        }
        account.reactivate();
        em.persist(new AuditEntry(actorId, accountId, AuditEntry.Action.REACTIVATED, reason.strip(), Instant.now()));
        reactivated.fire(new AccountReactivated(accountId));
    }

    private Account target(long actorId, long accountId, String reason) {
        if (!moderates(actorId)) {
            throw new SecurityException("account " + actorId + " may not moderate");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejection("reason", "Give a reason; it is kept in the audit trail.");
        }
        if (why.length() > JpaAccountAdministration.MAX_REASON_LENGTH) {
            throw new Rejection("reason", "Use at most " + JpaAccountAdministration.MAX_REASON_LENGTH + " characters.");
        }
        if (actorId == accountId) {
            throw new Rejection("reason", "You cannot act against your own account.");
        }
        // Locked: a sanction and the sweep lifting an ended one must not overwrite each other.
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            throw new Rejection("account", "There is no such account.");
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            throw new Rejection("reason", "Administrators' accounts are changed by another administrator.");
        }
        if ((account.getRoles().contains(Role.MODERATOR) || account.getRoles().contains(Role.STAFF)) && !administers(actorId)) {
            // Otherwise a moderator could silence a colleague, such as the one who would answer their appeal.
            throw new Rejection("reason", "Staff and moderators' accounts are changed by an administrator.");
        }
        return account;
    }

    @Override
    public Optional<AccountStanding> standing(long accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).map(account -> new AccountStanding(account.getId(),
                account.getStatus(), account.getCreatedAt(), account.isVerified(), account.getSuspendedUntil()));
    }

    private boolean administers(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.getStatus() == AccountStatus.ACTIVE && account.getRoles().contains(Role.ADMIN);
    }

    @Override
    public boolean moderates(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account != null && account.getStatus() == AccountStatus.ACTIVE && (account.getRoles().contains(Role.MODERATOR)
                || account.getRoles().contains(Role.STAFF) || account.getRoles().contains(Role.ADMIN));
    }

    /** Ends a suspension for a period that is over (the sweep, and signing in); locked, so it lifts once. */
    @Transactional
    boolean liftIfOver(long accountId) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.suspensionOver(Instant.now())) {
            return false;
        }
        account.reactivate();
        reactivated.fire(new AccountReactivated(accountId));
        return true;
    }
}
