package app.quad.identity.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** The one way e-mail addresses and domains are checked, compared and stored: trimmed, lower case. */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;

    /** One label of a domain name: letters, digits and inner hyphens. */
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile(LABEL + "(?:\\." + LABEL + ")+");
    /** Deliberately plain: what campus mail systems hand out, without quoted local parts. */
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private EmailAddresses() {
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the (normalised) address looks deliverable: local part, @, a domain with a dot. */
    static boolean isPlausible(String email) {
        int at = email.lastIndexOf('@');
        return email.length() <= MAX_LENGTH && at > 0 && at <= 64
                && LOCAL_PART.matcher(email.substring(0, at)).matches()
                && isDomain(email.substring(at + 1));
    }

    static boolean isDomain(String domain) {
        return domain.length() <= 253 && DOMAIN.matcher(domain).matches();
    }

    /** The domain of a normalised address. */
    static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1);
    }

    /** Whether the domain is the listed one or below it: {@code cs.example.edu} is under {@code example.edu}. */
    static boolean isUnder(String domain, String listed) {
        return domain.equals(listed) || domain.endsWith("." + listed);
    }
}
