package app.quad.groups.web.directory;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Groups' pages are for signed-in people; each page checks for itself what the viewer may see of a group. */
@ApplicationScoped
class GroupPages implements PageAccess, NavigationContributor {

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/groups/directory/*", Audience.SIGNED_IN), PageRule.page("/groups/group/*", Audience.SIGNED_IN),
                PageRule.page("/groups/post/*", Audience.SIGNED_IN));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Groups", "/groups/directory/list.xhtml", 130, Audience.SIGNED_IN));
    }
}
