package app.quad.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person of the campus identity provider (issuer and subject) known to be the owner of an account. */
@Entity
@Table(name = "identity_external_login")
@NamedQuery(name = "ExternalLogin.bySubject",
        query = "SELECT l FROM ExternalLogin l WHERE l.issuer = :issuer AND l.subject = :subject")
@NamedQuery(name = "ExternalLogin.countOthersOfAccount", query = "SELECT COUNT(l) FROM ExternalLogin l"
        + " WHERE l.issuer = :issuer AND l.accountId = :accountId AND l.subject <> :subject")
public class ExternalLogin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String issuer;

    private String subject;

    @Column(name = "account_id")
    private long accountId;

    @Column(name = "linked_at")
    private Instant linkedAt;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    protected ExternalLogin() {
    }

    ExternalLogin(String issuer, String subject, long accountId, Instant now) {
        this.issuer = issuer;
        this.subject = subject;
        this.accountId = accountId;
        this.linkedAt = now;
        this.lastSignedInAt = now;
    }

    void signedIn(Instant now) {
        lastSignedInAt = now;
    }

    long getAccountId() {
        return accountId;
    }
}
