package app.quad.identity.internal;

import java.util.Map;

/**
 * Who the campus identity provider says signed in, taken from the claims of an ID token that has
 * already been checked (signature, issuer, audience, nonce). The e-mail address is null unless it
 * is plausible; whether the provider verified it is a separate claim.
 */
record ExternalIdentity(String issuer, String subject, String email, boolean emailVerified, String displayName) {

    static final String FALLBACK_NAME = "Campus member";

    static ExternalIdentity fromClaims(Map<String, ?> claims) {
        String email = text(claims.get("email"));
        String address = email == null ? null : EmailAddresses.normalise(email);
        if (address != null && !EmailAddresses.isPlausible(address)) {
            address = null;
        }
        return new ExternalIdentity(text(claims.get("iss")), text(claims.get("sub")), address,
                isTrue(claims.get("email_verified")), displayName(claims, address));
    }

    boolean hasEmail() {
        return email != null;
    }

    /**
     * Fills in the address and name from the provider's userinfo answer, which some providers (the
     * Shibboleth OP among them) use instead of the ID token. Claims about another subject are ignored.
     */
    ExternalIdentity withUserInfo(Map<String, ?> userInfo) {
        if (hasEmail() || !subject.equals(text(userInfo.get("sub")))) {
            return this;
        }
        ExternalIdentity fromUserInfo = fromClaims(userInfo);
        return new ExternalIdentity(issuer, subject, fromUserInfo.email, fromUserInfo.emailVerified,
                fromUserInfo.displayName);
    }

    /** Providers send email_verified as a JSON boolean; a few send the string "true". */
    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static String displayName(Map<String, ?> claims, String address) {
        String name = text(claims.get("name"));
        if (name == null) {
            String given = text(claims.get("given_name"));
            String family = text(claims.get("family_name"));
            name = given == null ? family : family == null ? given : given + " " + family;
        }
        if (name == null && address != null) {
            name = address.substring(0, address.indexOf('@'));
        }
        return name == null ? FALLBACK_NAME : shortened(name);
    }

    private static String shortened(String name) {
        int max = JpaRegistration.MAX_NAME_LENGTH;
        return name.codePointCount(0, name.length()) <= max ? name : name.substring(0, name.offsetByCodePoints(0, max));
    }

    private static String text(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
