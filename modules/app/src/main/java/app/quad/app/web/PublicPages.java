package app.quad.app.web;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static app.quad.platform.PageRule.page;

/** The pages at the root of the site, open to everyone. */
@ApplicationScoped
class PublicPages implements NavigationContributor, PageAccess {

    @Override
    public List<PageRule> pages() {
        return List.of(
                page("/index.xhtml", Audience.EVERYONE),
                page("/about.xhtml", Audience.EVERYONE),
                page("/error/*", Audience.EVERYONE));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("Home", "/index.xhtml", 0),
                new NavigationItem("How Quad works", "/about.xhtml", 900));
    }
}
