package app.quad.identity.internal;

import app.quad.platform.RichText;
import app.quad.identity.AccountStatus;
import app.quad.identity.Profiles;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** A member's profile, as moderation sees it ({@code identity.member}); the member is its author. */
@ApplicationScoped
class MemberReportable implements ReportableContent {

    static final String KIND = "identity.member";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Profiles profiles;

    @Override
    public boolean handles(String kind) {
        return KIND.equals(kind);
    }

    /** A profile is its author's: moderators warn, suspend, ban or ask for re-verification instead. */
    @Override
    public boolean removable(String kind) {
        return false;
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        // Only what the viewer may see: the name, and the headline of a profile they may open.
        if (id == viewerId || !profiles.visibleTo(id, viewerId)) {
            return Optional.empty();
        }
        return item(id, false);
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return item(id, true);
    }

    private Optional<ReportedItem> item(long id, boolean whole) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            return Optional.empty();
        }
        Profile profile = em.find(Profile.class, id);
        StringBuilder text = new StringBuilder();
        if (profile != null && profile.getHeadline() != null) {
            text.append(profile.getHeadline());
        }
        if (whole && profile != null && profile.getAboutHtml() != null) {
            text.append(text.isEmpty() ? "" : "\n\n").append(RichText.visibleText(profile.getAboutHtml()));
        }
        String shown = text.length() > 2000 ? text.substring(0, 2000) + "…" : text.toString();
        return Optional.of(new ReportedItem(new ReportTarget(KIND, id), id, "Profile of " + account.getDisplayName(), shown,
                "/identity/profile/view.xhtml?id=" + id, account.getCreatedAt(),
                account.getStatus() == AccountStatus.SUSPENDED || (profile != null && profile.isHidden())));
    }
}
