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
                page("/identity/account/*", Audience.SIGNED_IN),
                // The profile page applies each profile's own visibility, and answers 404 to whoever may not see it.
                page("/identity/profile/view.xhtml", Audience.EVERYONE),
                page("/identity/profile/edit.xhtml", Audience.SIGNED_IN),
                page("/identity/profile/preview.xhtml", Audience.SIGNED_IN),
                // Verified organisations are public; the page answers 404 for others to whoever may not see them.
                page("/identity/organisations/view.xhtml", Audience.EVERYONE),
                page("/identity/organisations/edit.xhtml", Audience.holdersOf(Role.EMPLOYER)),
                page("/identity/staff/*", Audience.holdersOf(Role.STAFF, Role.ADMIN)),
                page("/identity/admin/*", Audience.holdersOf(Role.ADMIN)));
    }

    @Override
    public List<NavigationItem> navigation() {
        Audience staff = Audience.holdersOf(Role.STAFF, Role.ADMIN);
        return List.of(
                new NavigationItem("My profile", "/identity/profile/edit.xhtml", 100, Audience.SIGNED_IN),
                new NavigationItem("Our organisation", "/identity/organisations/edit.xhtml", 110, Audience.holdersOf(Role.EMPLOYER)),
                new NavigationItem("Import students", "/identity/staff/import.xhtml", 805, staff),
                new NavigationItem("Campus domains", "/identity/staff/domains.xhtml", 810, staff),
                new NavigationItem("Disclosures", "/identity/staff/disclosures.xhtml", 815, staff),
                new NavigationItem("Accounts", "/identity/admin/accounts.xhtml", 820, Audience.holdersOf(Role.ADMIN)));
    }
}
