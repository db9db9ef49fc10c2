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
 * of sight pending review and any decision after it shows it again: a profile is dealt with through
 * its author's account (warn, suspend, ban, re-verification), and moderation never removes one.
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
            // Hidden pending review; any decision is the review (the account's own standing does the rest).
            profiles.hideByModeration(id, decision.action() == ModerationAction.HIDE);
        }
    }
}
