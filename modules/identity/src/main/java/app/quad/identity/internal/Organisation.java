package app.quad.identity.internal;

import app.quad.identity.OrganisationPage;
import app.quad.identity.OrganisationStatus;
import app.quad.identity.OrganisationSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "identity_organisation")
@NamedQuery(name = "Organisation.byDomain", query = "SELECT o FROM Organisation o WHERE o.emailDomain = :domain")
@NamedQuery(name = "Organisation.byName", query = "SELECT o FROM Organisation o WHERE o.name = :name")
@NamedQuery(name = "Organisation.withStatus",
        query = "SELECT o FROM Organisation o WHERE o.status = :status ORDER BY o.createdAt, o.id")
@NamedQuery(name = "Organisation.countWithStatus", query = "SELECT COUNT(o) FROM Organisation o WHERE o.status = :status")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String website;

    @Column(name = "about_html")
    private String aboutHtml;

    @Column(name = "logo_upload_id")
    private Long logoUploadId;

    @Column(name = "email_domain")
    private String emailDomain;

    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_removal")
    private OrganisationStatus statusBeforeRemoval;

    protected Organisation() {
    }

    Organisation(String name, String website, String emailDomain, Instant now) {
        this.name = name;
        this.website = website;
        this.emailDomain = emailDomain;
        this.status = OrganisationStatus.PENDING;
        this.createdAt = now;
    }

    /** @return whether anything changed: a decision already taken the same way is not taken twice */
    boolean decide(OrganisationStatus decision, long staffId, String reason, Instant now) {
        if (status == decision) {
            // Staff confirming a moderator's rejection settle it too: an old appeal no longer undoes it.
            statusBeforeRemoval = null;
            return false;
        }
        status = decision;
        decidedBy = staffId;
        decidedAt = now;
        rejectionReason = reason;
        // Any later decision settles the matter: an old appeal no longer brings back what staff decided since.
        statusBeforeRemoval = null;
        return true;
    }

    /**
     * Turned down by moderation's REMOVE, keeping the status it had for a granted appeal.
     *
     * @return whether anything changed: an organisation already turned down stays as it was, with nothing to give back
     */
    boolean removeByModeration(long moderatorId, String reason, Instant now) {
        OrganisationStatus before = status;
        if (status == OrganisationStatus.REJECTED) {
            return false;
        }
        decide(OrganisationStatus.REJECTED, moderatorId, reason, now);
        statusBeforeRemoval = before;
        return true;
    }

    /** The status moderation's removal took away, or null when there is none to give back. */
    OrganisationStatus statusBeforeRemoval() {
        return status == OrganisationStatus.REJECTED ? statusBeforeRemoval : null;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, name, website, emailDomain, status);
    }

    OrganisationPage page() {
        return new OrganisationPage(id, name, website, aboutHtml, logoUploadId, status);
    }

    /** @return the logo it replaces, if any */
    Long logo(Long uploadId) {
        Long old = logoUploadId;
        logoUploadId = uploadId;
        return old;
    }

    void describe(String sanitisedHtml) {
        aboutHtml = sanitisedHtml;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    OrganisationStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
