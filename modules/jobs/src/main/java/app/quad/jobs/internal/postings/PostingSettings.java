package app.quad.jobs.internal.postings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;

/** Postings' configuration; see config/quad.properties. */
@ApplicationScoped
public class PostingSettings {

    @Inject
    @ConfigProperty(name = "quad.jobs.trust-verified-employers", defaultValue = "false")
    boolean trustVerifiedEmployers;

    @Inject
    @ConfigProperty(name = "quad.campus-zone", defaultValue = "UTC")
    String campusZone;

    /** Whether verified employers' postings are published without staff approval. */
    boolean trustVerifiedEmployers() {
        return trustVerifiedEmployers;
    }

    /** Today on the campus calendar: deadlines are campus days. */
    public LocalDate today() {
        return LocalDate.now(ZoneId.of(campusZone));
    }
}
