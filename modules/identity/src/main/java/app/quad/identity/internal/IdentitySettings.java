package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Identity's configuration; see config/quad.properties. */
@ApplicationScoped
class IdentitySettings {

    @Inject
    @ConfigProperty(name = "quad.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The address people reach Quad at, for links in e-mails; no trailing slash. */
    String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
