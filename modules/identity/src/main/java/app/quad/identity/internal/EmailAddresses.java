package app.quad.identity.internal;

import java.util.Locale;

/** The one way e-mail addresses are compared and stored: trimmed and in lower case. */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
