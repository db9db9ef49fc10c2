package app.quad.identity.internal;

import java.util.Optional;

/** What makes a password acceptable. For now only its length; the common-password list follows. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    static PasswordPolicy withShippedList() {
        return new PasswordPolicy();
    }

    Optional<String> problem(String password, String email, String displayName) {
        if (password == null || password.isBlank()) {
            return Optional.of("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least 12 characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most 128 characters.");
        }
        return Optional.empty();
    }
}
