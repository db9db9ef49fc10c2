package app.quad.identity.internal;

import app.quad.identity.TokenOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A single-use, expiring link sent by e-mail; stored as the hash of its secret. */
@Entity
@Table(name = "identity_token")
@NamedQuery(name = "Token.byHash", query = "SELECT t FROM Token t WHERE t.tokenHash = :hash")
@NamedQuery(name = "Token.openForAccount",
        query = "SELECT t FROM Token t WHERE t.accountId = :account AND t.purpose = :purpose AND t.usedAt IS NULL")
public class Token {

    enum Purpose {
        VERIFY_EMAIL(Duration.ofHours(48)),
        RESET_PASSWORD(Duration.ofHours(1)),
        INVITATION(Duration.ofDays(14));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Token() {
    }

    Token(long accountId, Purpose purpose, String tokenHash, Instant now) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime);
    }

    /** What redeeming the token for the purpose at that moment gives; marks it used when accepted. */
    TokenOutcome redeem(Purpose expected, Instant now) {
        if (purpose != expected) {
            return TokenOutcome.UNKNOWN;
        }
        if (usedAt != null) {
            return TokenOutcome.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return TokenOutcome.EXPIRED;
        }
        usedAt = now;
        return TokenOutcome.ACCEPTED;
    }

    /** Retires a token that a newer one of the same purpose replaces. */
    void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    long getAccountId() {
        return accountId;
    }
}
