package app.quad.identity.web;

import app.quad.identity.Role;
import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static app.quad.platform.PageRule.page;

/** Who may open identity's views, and identity's entries in the main navigation. */
@ApplicationScoped
class IdentityPages implements PageAccess, NavigationContributor {

    @Override
    public List<PageRule> pages() {
        return List.of(
                page("/identity/access/*", Audience.EVERYONE),
                page("/identity/staff/*", Audience.holdersOf(Role.STAFF, Role.ADMIN)));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("Campus domains", "/identity/staff/domains.xhtml", 800,
                        Audience.holdersOf(Role.STAFF, Role.ADMIN)),
                new NavigationItem("Import students", "/identity/staff/import.xhtml", 810,
                        Audience.holdersOf(Role.STAFF, Role.ADMIN)));
    }
}
