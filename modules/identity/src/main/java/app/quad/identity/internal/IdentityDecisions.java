package app.quad.identity.internal;

import app.quad.platform.moderation.ModerationAction;
import app.quad.platform.moderation.ModerationDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Carries out moderation's decisions about identity's things, in moderation's transaction. Removing
 * an organisation turns it down, with the moderator's reason mailed to its people; RESTORE (its
 * appeal was granted) gives it back the status it had. HIDE keeps a reported profile out
 * of sight pending review and DISMISS shows it again (moderation sends one when acting on the owner
 * settles the case): a profile is dealt with through its author's account, and moderation never removes one.
 */
@ApplicationScoped
class IdentityDecisions {

    @Inject
    JpaOrganisations organisations;

    @Inject
    JpaProfiles profiles;

    void decided(@Observes ModerationDecision decision) {
        long id = decision.target().id();
        if (OrganisationReportable.KIND.equals(decision.target().kind())) {
            if (decision.action() == ModerationAction.REMOVE) {
                organisations.removeByModeration(decision.moderatorId(), id, decision.reason());
            } else if (decision.action() == ModerationAction.RESTORE) {
                organisations.undoRemoval(decision.moderatorId(), id, decision.caseId(), decision.reason());
            }
        } else if (MemberReportable.KIND.equals(decision.target().kind())) {
            // Hidden pending review until the case settles it (moderation sends DISMISS, also after acting on the owner).
            if (decision.action() == ModerationAction.HIDE) {
                profiles.hideByModeration(id, true);
            } else if (decision.action() == ModerationAction.DISMISS || decision.action() == ModerationAction.RESTORE) {
                profiles.hideByModeration(id, false);
            }
        }
    }
}
