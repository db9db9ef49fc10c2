package app.quad.networking.web.follows;

import app.quad.identity.CurrentUser;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.networking.FollowTarget;
import app.quad.networking.Follows;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs "Follow" on an organisation's page (WEB-INF/networking/organisation-actions.xhtml). */
@Named
@RequestScoped
public class OrganisationFollow {

    @Inject
    Follows follows;

    @Inject
    Organisations organisations;

    @Inject
    CurrentUser currentUser;

    public boolean applies(Long organisationId) {
        return organisationId != null && currentUser.signedIn()
                && follows.mayFollow(currentUser.id(), FollowTarget.organisation(organisationId));
    }

    public boolean following(long organisationId) {
        return follows.follows(currentUser.id(), FollowTarget.organisation(organisationId));
    }

    public void toggle(long organisationId) {
        FollowTarget target = FollowTarget.organisation(organisationId);
        String name = organisations.find(organisationId).map(OrganisationSummary::name).orElse("");
        if (following(organisationId)) {
            follows.unfollow(currentUser.id(), target);
            FieldMessages.info("You no longer follow " + name + ".");
        } else {
            follows.follow(currentUser.id(), target);
            FieldMessages.info("You follow " + name + ": its updates and events reach your feed.");
        }
    }
}
