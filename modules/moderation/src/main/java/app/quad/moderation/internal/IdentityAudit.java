package app.quad.moderation.internal;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSuspended;
import app.quad.identity.EducationAttested;
import app.quad.identity.OrganisationRejected;
import app.quad.identity.OrganisationVerified;
import app.quad.identity.ReverificationRequired;
import app.quad.identity.RolesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Identity's staff and administrator actions, written to the audit log in identity's transaction.
 * Identity's events carry what changed; the actor is the person whose request fired them.
 */
@ApplicationScoped
class IdentityAudit {

    @Inject
    Audit audit;

    @Inject
    Actors actors;

    void roles(@Observes RolesChanged event) {
        audit.append(actors.current(), "ROLES_CHANGED", "identity.member", event.accountId(), "roles changed");
    }

    void suspended(@Observes AccountSuspended event) {
        audit.append(actors.current(), "ACCOUNT_SUSPENDED", "identity.member", event.accountId(), "account suspended");
    }

    void reactivated(@Observes AccountReactivated event) {
        audit.append(actors.current(), "ACCOUNT_REACTIVATED", "identity.member", event.accountId(), "account reactivated");
    }

    void reverification(@Observes ReverificationRequired event) {
        audit.append(actors.current(), "REVERIFICATION_REQUIRED", "identity.member", event.accountId(), "must confirm the address again");
    }

    void attested(@Observes EducationAttested event) {
        audit.append(event.staffId(), "EDUCATION_ATTESTED", "identity.member", event.accountId(), "education entry " + event.entryId());
    }

    void verified(@Observes OrganisationVerified event) {
        audit.append(actors.current(), "ORGANISATION_VERIFIED", "identity.organisation", event.organisationId(), "verified");
    }

    void rejected(@Observes OrganisationRejected event) {
        audit.append(actors.current(), "ORGANISATION_REJECTED", "identity.organisation", event.organisationId(), "turned down");
    }
}
