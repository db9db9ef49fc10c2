package app.quad.identity.internal;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SsoSettingsTest {

    @Test
    void campusSignInIsOffWithoutAnIssuer() {
        assertFalse(settings(Optional.empty(), Optional.empty()).isEnabled());
        assertFalse(settings(Optional.of("  "), Optional.empty()).isEnabled());
        assertTrue(settings(Optional.of("https://idp.campus.example.edu"), Optional.empty()).isEnabled());
    }

    @Test
    void theButtonSaysWhatTheCampusChoseOrTheDefault() {
        assertEquals(SsoSettings.DEFAULT_LABEL, settings(Optional.empty(), Optional.of(" ")).getLabel());
        assertEquals("Sign in with UniID", settings(Optional.empty(), Optional.of("Sign in with UniID")).getLabel());
    }

    @Test
    void theScopesAskForTheAddressUnlessTheCampusSaysOtherwise() {
        SsoSettings settings = settings(Optional.empty(), Optional.empty());
        assertEquals("openid email profile", settings.getScope());
        settings.scope = Optional.of("openid email");
        assertEquals("openid email", settings.getScope());
    }

    @Test
    void theCodeOfEveryRefusalLeadsBackToIt() {
        for (SsoRefusal refusal : SsoRefusal.values()) {
            assertEquals(Optional.of(refusal), SsoRefusal.fromCode(refusal.code()));
        }
        assertEquals(Optional.empty(), SsoRefusal.fromCode("<script>"));
        assertEquals(Optional.empty(), SsoRefusal.fromCode(null));
    }

    private static SsoSettings settings(Optional<String> issuer, Optional<String> label) {
        SsoSettings settings = new SsoSettings();
        settings.issuer = issuer;
        settings.clientId = Optional.empty();
        settings.clientSecret = Optional.empty();
        settings.scope = Optional.empty();
        settings.label = label;
        return settings;
    }
}
