package app.quad.identity.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a campus sign-in was turned away. The code travels to the sign-in page in its address, which
 * then explains it; an unknown code explains nothing.
 */
public enum SsoRefusal {
    /** The campus did not vouch for an e-mail address, so no account can be matched to the person. */
    EMAIL_NOT_VERIFIED("unverified-email"),
    /** No account has the address, and it is not on a campus domain: campus sign-in is for campus people. */
    NOT_CAMPUS("not-campus"),
    SUSPENDED("suspended"),
    /** The account with this address already belongs to another person of the same identity provider. */
    LINKED_TO_ANOTHER("linked-to-another"),
    /** The provider could not be reached, the person cancelled, or the answer did not check out. */
    FAILED("failed");

    private final String code;

    SsoRefusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SsoRefusal> fromCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst();
    }
}
