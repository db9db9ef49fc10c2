package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExternalIdentityTest {

    private static final String ISSUER = "https://idp.campus.example.edu";

    @Test
    void readsTheStandardClaimsAndNormalisesTheAddress() {
        ExternalIdentity person = ExternalIdentity.fromClaims(Map.of("iss", ISSUER, "sub", "Abc-123",
                "email", " Ada.Okafor@Campus.Example.EDU ", "email_verified", true, "name", "Ada Okafor"));
        assertEquals(new ExternalIdentity(ISSUER, "Abc-123", "ada.okafor@campus.example.edu", true, "Ada Okafor"), person);
    }

    @Test
    void onlyTrueOrTheStringTrueCountsAsVerified() {
        assertTrue(claims(Map.of("email_verified", "true")).emailVerified());
        assertFalse(claims(Map.of("email_verified", false)).emailVerified());
        assertFalse(claims(Map.of("email_verified", "yes")).emailVerified());
        assertFalse(claims(Map.of()).emailVerified());
    }

    @Test
    void anImplausibleAddressCountsAsNone() {
        assertNull(claims(Map.of("email", "ada@localhost")).email());
        assertFalse(claims(Map.of("email", "ada@localhost")).hasEmail());
    }

    @Test
    void theNameFallsBackToGivenAndFamilyNameThenTheAddress() {
        assertEquals("Ada Okafor", claims(Map.of("given_name", "Ada", "family_name", "Okafor")).displayName());
        assertEquals("Ada", claims(Map.of("given_name", "Ada")).displayName());
        assertEquals("ada.okafor", claims(Map.of("email", "ada.okafor@campus.example.edu")).displayName());
        assertEquals(ExternalIdentity.FALLBACK_NAME, claims(Map.of()).displayName());
    }

    @Test
    void aLongNameIsCutToWhatAnAccountHolds() {
        String name = claims(Map.of("name", "\uD83D\uDE00".repeat(150))).displayName();
        assertEquals(JpaRegistration.MAX_NAME_LENGTH, name.codePointCount(0, name.length()));
    }

    @Test
    void userInfoFillsInAMissingAddressOfTheSameSubjectOnly() {
        ExternalIdentity person = claims(Map.of());
        ExternalIdentity same = person.withUserInfo(Map.of("sub", "s-1", "email", "ada@campus.example.edu",
                "email_verified", true));
        assertEquals("ada@campus.example.edu", same.email());
        assertTrue(same.emailVerified());
        assertEquals(ISSUER, same.issuer());

        ExternalIdentity other = person.withUserInfo(Map.of("sub", "s-2", "email", "eve@campus.example.edu",
                "email_verified", true));
        assertFalse(other.hasEmail());
    }

    @Test
    void userInfoDoesNotReplaceAnAddressFromTheIdToken() {
        ExternalIdentity person = claims(Map.of("email", "ada@campus.example.edu", "email_verified", true));
        assertEquals(person, person.withUserInfo(Map.of("sub", "s-1", "email", "other@campus.example.edu")));
    }

    private static ExternalIdentity claims(Map<String, ?> extra) {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("iss", ISSUER, "sub", "s-1"));
        claims.putAll(extra);
        return ExternalIdentity.fromClaims(claims);
    }
}
