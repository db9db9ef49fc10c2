package app.quad.moderation.web.reports;

import app.quad.identity.CurrentUser;
import app.quad.identity.Organisations;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Whether the "Report" links on profiles and organisation pages show: for signed-in people, not about themselves. */
@Named
@RequestScoped
public class ReportLinks {

    @Inject
    CurrentUser currentUser;

    @Inject
    Organisations organisations;

    public boolean forMember(Long ownerId) {
        return ownerId != null && currentUser.signedIn() && currentUser.id() != ownerId;
    }

    public boolean forOrganisation(Long organisationId) {
        return organisationId != null && currentUser.signedIn()
                && organisations.ofAccount(currentUser.id()).map(mine -> mine.id() != organisationId).orElse(true);
    }
}
