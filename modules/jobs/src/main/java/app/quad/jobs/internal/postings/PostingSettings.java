package app.quad.jobs.internal.postings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Postings' configuration; see config/quad.properties. Whether verified employers need review is
 * the staff's to change on the review page; the configuration key is only its default.
 */
@ApplicationScoped
public class PostingSettings {

    static final String TRUST_VERIFIED = "trust-verified-employers";

    @Inject
    @ConfigProperty(name = "quad.jobs.trust-verified-employers", defaultValue = "false")
    boolean trustVerifiedEmployers;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "quad.campus-zone", defaultValue = "UTC")
    String campusZone;

    /** Whether verified employers' postings are published without staff approval. */
    boolean trustVerifiedEmployers() {
        @SuppressWarnings("unchecked")
        java.util.List<String> chosen = em.createNativeQuery("SELECT value FROM jobs_setting WHERE name = ?")
                .setParameter(1, TRUST_VERIFIED).getResultList();
        return chosen.isEmpty() ? trustVerifiedEmployers : Boolean.parseBoolean(chosen.get(0));
    }

    /** Staff's choice, kept over restarts and shared by every node. */
    void trustVerifiedEmployers(boolean trust) {
        em.createNativeQuery("INSERT INTO jobs_setting (name, value, changed_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE value = VALUES(value), changed_at = VALUES(changed_at)")
                .setParameter(1, TRUST_VERIFIED).setParameter(2, Boolean.toString(trust))
                .setParameter(3, java.sql.Timestamp.from(java.time.Instant.now())).executeUpdate();
    }

    /** Today on the campus calendar: deadlines are campus days. */
    public LocalDate today() {
        return LocalDate.now(ZoneId.of(campusZone));
    }
}
