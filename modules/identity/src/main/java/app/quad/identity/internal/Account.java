package app.quad.identity.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "identity_account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.byEmails", query = "SELECT a FROM Account a WHERE a.email IN :emails")
@NamedQuery(name = "Account.byStudentIds", query = "SELECT a FROM Account a WHERE a.studentId IN :studentIds")
@NamedQuery(name = "Account.countWithRole", query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :status")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    /** The campus student number, in upper case; given by staff import only. */
    @Column(name = "student_id")
    private String studentId;

    @Column(name = "graduation_year")
    private Integer graduationYear;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "session_version")
    private int sessionVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    /** When a moderator's suspension for a period ends; null for a ban or an administrator's suspension. */
    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "identity_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Set<Role> roles, AccountStatus status, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new HashSet<>(roles);
        this.status = status;
        this.createdAt = now;
        if (status == AccountStatus.ACTIVE) {
            this.verifiedAt = now;
        }
    }

    /** A student or graduate whom staff imported: no password until they accept the invitation. */
    static Account invited(ImportRow row, Instant now) {
        Account account = new Account(row.email(), row.name(), null, Set.of(row.role()), AccountStatus.INVITED, now);
        account.studentId = row.studentId();
        account.graduationYear = row.graduationYear();
        return account;
    }

    /**
     * Brings the account in line with an import row. The role replaces the student or graduate role;
     * other roles stay. A student id or year the row leaves empty stays as it was.
     *
     * @return what changed, in words ("name", "role", ...), in a fixed order; empty if nothing did
     */
    List<String> importDetails(ImportRow row) {
        List<String> changed = new ArrayList<>();
        if (!row.name().equals(displayName)) {
            displayName = row.name();
            changed.add("name");
        }
        Role other = row.role() == Role.STUDENT ? Role.ALUMNI : Role.STUDENT;
        if (!roles.contains(row.role()) || roles.contains(other)) {
            roles.remove(other);
            roles.add(row.role());
            changed.add("role");
        }
        if (row.studentId() != null && !row.studentId().equals(studentId)) {
            studentId = row.studentId();
            changed.add("student id");
        }
        if (row.graduationYear() != null && !row.graduationYear().equals(graduationYear)) {
            graduationYear = row.graduationYear();
            changed.add("graduation year");
        }
        return changed;
    }

    /** Accepts a staff invitation: only an invited account changes, and it becomes active. */
    boolean acceptInvitation(String passwordHash, Instant now) {
        if (status != AccountStatus.INVITED) {
            return false;
        }
        this.passwordHash = passwordHash;
        status = AccountStatus.ACTIVE;
        verifiedAt = now;
        return true;
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, roles, status);
    }

    /** Confirms the e-mail address; only an unconfirmed account changes. */
    boolean verify(Instant now) {
        if (status != AccountStatus.UNVERIFIED) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        verifiedAt = now;
        return true;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        endSessions();
    }

    void suspend() {
        suspend(null);
    }

    /** @param until when the suspension ends by itself, or null for one that lasts until lifted */
    void suspend(Instant until) {
        status = AccountStatus.SUSPENDED;
        suspendedUntil = until;
        endSessions();
    }

    /** Back to active; an account never confirmed goes back to waiting for confirmation. */
    void reactivate() {
        status = verifiedAt == null ? AccountStatus.UNVERIFIED : AccountStatus.ACTIVE;
        suspendedUntil = null;
    }

    /** The person must confirm their address again before signing in; their sessions end. */
    void requireReverification() {
        verifiedAt = null;
        if (status == AccountStatus.ACTIVE) {
            status = AccountStatus.UNVERIFIED;
        }
        endSessions();
    }

    /** Whether a suspension for a period has run its course at the moment given. */
    boolean suspensionOver(Instant now) {
        return status == AccountStatus.SUSPENDED && suspendedUntil != null && !suspendedUntil.isAfter(now);
    }

    Instant getSuspendedUntil() {
        return suspendedUntil;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    /** Every session signed in before this moment stops working (see SessionCheck). */
    private void endSessions() {
        sessionVersion++;
    }

    boolean isVerified() {
        return verifiedAt != null;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    void joinOrganisation(long organisationId) {
        this.organisationId = organisationId;
    }

    /**
     * Activates an unconfirmed or invited account whose address the campus identity provider has
     * vouched for; only those change.
     */
    boolean activate(Instant now) {
        if (status != AccountStatus.UNVERIFIED && status != AccountStatus.INVITED) {
            return false;
        }
        status = AccountStatus.ACTIVE;
        verifiedAt = now;
        return true;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    AccountStatus getStatus() {
        return status;
    }

    int getSessionVersion() {
        return sessionVersion;
    }

    String getStudentId() {
        return studentId;
    }

    Integer getGraduationYear() {
        return graduationYear;
    }

    Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
