package app.quad.identity.internal;

import app.quad.identity.TokenOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Issues and redeems the single-use links Quad mails to people. */
@ApplicationScoped
class Tokens {

    /** The result of redeeming: the outcome, and the account when accepted. */
    record Redemption(TokenOutcome outcome, Optional<Long> accountId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    /** A new secret for the account; any earlier open token of the same purpose stops working. */
    @Transactional(Transactional.TxType.MANDATORY)
    String issue(long accountId, Token.Purpose purpose, Instant now) {
        em.createNamedQuery("Token.openForAccount", Token.class)
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .getResultList()
                .forEach(older -> older.retire(now));
        return issueFirst(accountId, purpose, now);
    }

    /**
     * A new secret for an account opened in this transaction, which has no earlier token to retire.
     * Skipping that look-up matters when thousands of accounts are imported at once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    String issueFirst(long accountId, Token.Purpose purpose, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.persist(new Token(accountId, purpose, hash(token), now));
        return token;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Redemption redeem(String token, Token.Purpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Redemption(TokenOutcome.UNKNOWN, Optional.empty());
        }
        // The lock makes a link followed twice at once succeed only once.
        Optional<Token> stored = em.createNamedQuery("Token.byHash", Token.class)
                .setParameter("hash", hash(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        if (stored.isEmpty()) {
            return new Redemption(TokenOutcome.UNKNOWN, Optional.empty());
        }
        TokenOutcome outcome = stored.get().redeem(purpose, now);
        return new Redemption(outcome, outcome == TokenOutcome.ACCEPTED
                ? Optional.of(stored.get().getAccountId()) : Optional.empty());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
