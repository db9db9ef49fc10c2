package app.quad.moderation.web;

import app.quad.identity.Role;
import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageFragment;
import app.quad.platform.PageFragmentContributor;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Who may open moderation's pages: anyone signed in reports and appeals; moderators, staff and
 * administrators review; staff keep the rules and verify organisations; administrators read the
 * audit log. "Report" on profiles and organisation pages comes from here.
 */
@ApplicationScoped
class ModerationPages implements PageAccess, NavigationContributor, PageFragmentContributor {

    static final Audience MODERATORS = Audience.holdersOf(Role.MODERATOR, Role.STAFF, Role.ADMIN);

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/moderation/reports/*", Audience.SIGNED_IN),
                PageRule.page("/moderation/appeals/*", Audience.SIGNED_IN),
                PageRule.page("/moderation/review/*", MODERATORS),
                PageRule.page("/moderation/rules/*", Audience.holdersOf(Role.STAFF, Role.ADMIN)),
                PageRule.page("/moderation/organisations/*", Audience.holdersOf(Role.STAFF, Role.ADMIN)),
                PageRule.page("/moderation/audit/*", Audience.holdersOf(Role.ADMIN)));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Organisations", "/moderation/organisations/queue.xhtml", 800,
                        Audience.holdersOf(Role.STAFF, Role.ADMIN)),
                new NavigationItem("Moderation", "/moderation/review/queue.xhtml", 850, MODERATORS),
                new NavigationItem("Audit log", "/moderation/audit/log.xhtml", 860, Audience.holdersOf(Role.ADMIN)));
    }

    @Override
    public List<PageFragment> fragments() {
        return List.of(new PageFragment("profile.actions", "/WEB-INF/moderation/report-member.xhtml", 900),
                new PageFragment("organisation.actions", "/WEB-INF/moderation/report-organisation.xhtml", 900));
    }
}
