package app.quad.networking.web.feed;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Who may open the feed pages, and the feed's navigation entry. */
@ApplicationScoped
class FeedPages implements PageAccess, NavigationContributor {

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/networking/feed/*", Audience.SIGNED_IN));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Feed", "/networking/feed/home.xhtml", 90, Audience.SIGNED_IN));
    }
}
