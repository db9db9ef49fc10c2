package app.quad.identity.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/** Hashes passwords with PBKDF2-HMAC-SHA256 at the iteration count OWASP recommends (600,000). */
@ApplicationScoped
class PasswordHasher {

    static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("no account has this password".toCharArray());
    }

    String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /**
     * Spends the time a real check takes, for an address without an account, so the response time
     * does not tell whether an account exists.
     */
    void checkAgainstNothing(String password) {
        pbkdf2.verify(password.toCharArray(), decoy);
    }
}
