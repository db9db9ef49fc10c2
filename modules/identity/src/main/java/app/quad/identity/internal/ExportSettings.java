package app.quad.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;

/** Where exports of personal data are written and how long they are kept; see config/quad.properties. */
@ApplicationScoped
class ExportSettings {

    @Inject
    @ConfigProperty(name = "quad.exports.dir", defaultValue = " ")
    String dir;

    @Inject
    @ConfigProperty(name = "quad.exports.keep-days", defaultValue = "7")
    int keepDays;

    /** The folder of the archives; by default {@code quad/exports} in the home folder of the server's user. */
    Path dir() {
        String configured = dir == null ? "" : dir.strip();
        return configured.isEmpty()
                ? Path.of(System.getProperty("user.home"), "quad", "exports").toAbsolutePath()
                : Path.of(configured).toAbsolutePath();
    }

    Duration keep() {
        return Duration.ofDays(Math.max(1, keepDays));
    }
}
