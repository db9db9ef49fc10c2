package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Campus sign-in's configuration (see docs/sso.md), and the OpenID Connect client that Jakarta
 * Security builds from it. Campus sign-in is off while {@code quad.sso.issuer} is empty: nothing
 * then reaches the OpenID mechanism, which reads the {@code ${...}} expressions below only when it
 * is first used.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${ssoSettings.issuer}",
        clientId = "${ssoSettings.clientId}",
        clientSecret = "${ssoSettings.clientSecret}",
        redirectURI = "${baseURL}" + SsoSettings.CALLBACK,
        scopeExpression = "${ssoSettings.scope}",
        // Quad's session lives by its own rules (SessionCheck); the provider's tokens only prove who signed in.
        tokenAutoRefresh = false)
@Named("ssoSettings")
@ApplicationScoped
public class SsoSettings {

    /** Where the "sign in with your campus account" button leads: off to the identity provider. */
    public static final String START = "/identity/access/sso";
    /** Where the identity provider sends people back; register it with the provider. */
    public static final String CALLBACK = START + "/callback";

    static final String DEFAULT_LABEL = "Sign in with your campus account";
    static final String DEFAULT_SCOPE = "openid email profile";

    @Inject
    @ConfigProperty(name = "quad.sso.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "quad.sso.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "quad.sso.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "quad.sso.scope")
    Optional<String> scope;

    @Inject
    @ConfigProperty(name = "quad.sso.label")
    Optional<String> label;

    public boolean isEnabled() {
        return !getIssuer().isEmpty();
    }

    public String getIssuer() {
        return issuer.map(String::strip).orElse("");
    }

    public String getClientId() {
        return clientId.map(String::strip).orElse("");
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    /**
     * The scopes asked for, separated by blanks. A provider that lists the scopes it supports is
     * refused any other, so a campus without "profile" can leave it out.
     */
    public String getScope() {
        return scope.map(String::strip).filter(text -> !text.isEmpty()).orElse(DEFAULT_SCOPE);
    }

    /** The text of the sign-in button. */
    public String getLabel() {
        return label.map(String::strip).filter(text -> !text.isEmpty()).orElse(DEFAULT_LABEL);
    }
}
