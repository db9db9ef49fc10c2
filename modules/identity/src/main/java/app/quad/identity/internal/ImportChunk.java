package app.quad.identity.internal;

import app.quad.identity.AccountRegistered;
import app.quad.platform.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a run of rows in one transaction: the accounts, their invitations, the report lines and
 * the import's counters commit together, so progress and report always match the database.
 */
@ApplicationScoped
class ImportChunk {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Tokens tokens;

    @Inject
    IdentityMails mails;

    @Inject
    Mailer mailer;

    @Inject
    Event<AccountRegistered> registered;

    @Inject
    JpaProfiles profiles;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void apply(long jobId, List<FileRow> rows) {
        Instant now = Instant.now();
        ImportJob job = em.find(ImportJob.class, jobId);
        List<ImportRow> valid = rows.stream().filter(ImportRow.class::isInstance).map(ImportRow.class::cast).toList();
        // Two queries per chunk instead of two per row: this is what keeps a large file fast.
        Map<String, Account> byEmail = index(load("Account.byEmails", "emails",
                valid.stream().map(ImportRow::email).toList()), Account::getEmail);
        Map<String, Account> byStudentId = index(load("Account.byStudentIds", "studentIds",
                valid.stream().map(ImportRow::studentId).filter(Objects::nonNull).toList()), Account::getStudentId);
        for (FileRow row : rows) {
            ImportRowResult result = row instanceof ImportRow person
                    ? importPerson(jobId, person, person.studentId() == null ? null : byStudentId.get(person.studentId()),
                    byEmail.get(person.email()), now)
                    : rejected(jobId, (RejectedRow) row);
            em.persist(result);
            job.count(result.getOutcome(), now);
        }
    }

    private ImportRowResult importPerson(long jobId, ImportRow row, Account byStudentId, Account byEmail, Instant now) {
        ImportDecision decision = ImportDecision.of(row, byStudentId, byEmail);
        return switch (decision.kind()) {
            case REJECT -> new ImportRowResult(jobId, row.row(), row.email(), RowOutcome.REJECTED, decision.reason(), null);
            case CREATE -> {
                Account account = invite(row, now);
                if (Boolean.TRUE.equals(row.directoryOptOut())) {
                    profiles.setDirectoryOptOut(account.getId(), true);
                }
                yield new ImportRowResult(jobId, row.row(), row.email(), RowOutcome.CREATED,
                        "Invited by e-mail.", account.getId());
            }
            case UPDATE -> {
                List<String> changed = new java.util.ArrayList<>(decision.account().importDetails(row));
                long id = decision.account().getId();
                if (row.directoryOptOut() != null && row.directoryOptOut() != profiles.isDirectoryOptOut(id)) {
                    profiles.setDirectoryOptOut(id, row.directoryOptOut());
                    changed.add("directory opt-out");
                }
                yield changed.isEmpty()
                        ? new ImportRowResult(jobId, row.row(), row.email(), RowOutcome.UNCHANGED, "", decision.account().getId())
                        : new ImportRowResult(jobId, row.row(), row.email(), RowOutcome.UPDATED,
                        "Changed the " + ImportChanges.describe(changed) + ".", decision.account().getId());
            }
        };
    }

    static ImportRowResult rejected(long jobId, RejectedRow row) {
        return new ImportRowResult(jobId, row.row(), row.email(), RowOutcome.REJECTED, row.reason(), null);
    }

    /** Opens the invited account as registration does, and queues the invitation mail. */
    private Account invite(ImportRow row, Instant now) {
        Account account = Account.invited(row, now);
        em.persist(account);
        em.flush();
        registered.fire(new AccountRegistered(account.getId()));
        String token = tokens.issueFirst(account.getId(), Token.Purpose.INVITATION, now);
        mailer.send(mails.invitation(account.getEmail(), account.getDisplayName(), token));
        return account;
    }

    private List<Account> load(String query, String parameter, Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(query, Account.class)
                .setParameter(parameter, values)
                // The roles of all found accounts in one more query, not one per account.
                .setHint("eclipselink.batch", "a.roles")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private static Map<String, Account> index(List<Account> accounts, Function<Account, String> key) {
        return accounts.stream().collect(Collectors.toMap(key, account -> account));
    }
}
