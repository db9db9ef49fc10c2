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
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "identity_account")
@NamedQuery(name = "Account.byEmail", query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = "Account.countWithRole", query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.status = :status")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

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
        status = AccountStatus.SUSPENDED;
        endSessions();
    }

    /** Back to active; an account never confirmed goes back to waiting for confirmation. */
    void reactivate() {
        status = verifiedAt == null ? AccountStatus.UNVERIFIED : AccountStatus.ACTIVE;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        endSessions();
    }

    /** Every session signed in before this moment stops working (see SessionCheck). */
    private void endSessions() {
        sessionVersion++;
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

    Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
