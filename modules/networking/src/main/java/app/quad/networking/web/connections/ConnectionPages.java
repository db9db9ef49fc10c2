package app.quad.networking.web.connections;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageFragment;
import app.quad.platform.PageFragmentContributor;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Who may open networking's pages, their navigation entry, and networking's parts of profile and organisation pages. */
@ApplicationScoped
class ConnectionPages implements PageAccess, NavigationContributor, PageFragmentContributor {

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/networking/connections/*", Audience.SIGNED_IN),
                PageRule.page("/networking/follows/*", Audience.SIGNED_IN),
                PageRule.page("/networking/settings/*", Audience.SIGNED_IN));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("My network", "/networking/connections/list.xhtml", 120, Audience.SIGNED_IN));
    }

    @Override
    public List<PageFragment> fragments() {
        return List.of(new PageFragment("profile.actions", "/WEB-INF/networking/profile-actions.xhtml", 100),
                new PageFragment("organisation.actions", "/WEB-INF/networking/organisation-actions.xhtml", 100));
    }
}
