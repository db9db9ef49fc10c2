package app.quad.networking.internal;

import app.quad.identity.Accounts;
import app.quad.identity.Role;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.ContentScreening;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Asks moderation's screening before networking publishes a member's text. Without moderation in
 * the WAR everything is allowed. BLOCK is refused at the field; HOLD is stored out of sight and
 * handed to moderators with {@link #held}.
 */
@ApplicationScoped
class Screens {

    @Inject
    Instance<ContentScreening> screening;

    @Inject
    Accounts accounts;

    /** @throws Rejection at the field when screening blocks the text */
    Screening check(String kind, long authorId, String text, String field) {
        if (!screening.isResolvable()) {
            return Screening.allow();
        }
        boolean employer = accounts.find(authorId).map(account -> account.holds(Role.EMPLOYER)).orElse(false);
        Screening verdict = screening.get().screen(new Submission(kind, authorId, text, Map.of("employer", Boolean.toString(employer))));
        if (verdict.verdict() == Screening.Verdict.BLOCK) {
            throw new Rejection(field, "This cannot be published: " + String.join("; ", verdict.signals()) + ".");
        }
        return verdict;
    }

    static boolean holds(Screening verdict) {
        return verdict.verdict() == Screening.Verdict.HOLD;
    }

    void held(String kind, long id, long authorId, Screening verdict) {
        screening.get().held(new ReportTarget(kind, id), authorId, verdict);
    }
}
