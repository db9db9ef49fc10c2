package app.quad.identity.internal;

import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Carries out moderation's decisions about identity's things, in moderation's transaction. Removing
 * an organisation turns it down, with the moderator's reason mailed to its people. A reported profile
 * is dealt with through its author's account (warn, suspend, ban, re-verification), so hiding or
 * removing it changes nothing here.
 */
@ApplicationScoped
class IdentityDecisions {

    @Inject
    JpaOrganisations organisations;

    void decided(@Observes ModerationDecision decision) {
        if (OrganisationReportable.KIND.equals(decision.target().kind()) && decision.action() == ModerationAction.REMOVE) {
            organisations.turnDown(decision.moderatorId(), decision.target().id(), decision.reason());
        }
    }
}
