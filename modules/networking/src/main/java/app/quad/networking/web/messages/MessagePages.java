package app.quad.networking.web.messages;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Who may open the message pages, and their navigation entry, which says how many conversations wait. */
@ApplicationScoped
class MessagePages implements PageAccess, NavigationContributor {

    static final String INBOX = "/networking/messages/inbox.xhtml";

    @Inject
    MessageCounts counts;

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/networking/messages/*", Audience.SIGNED_IN));
    }

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem(counts.getNavigationLabel(), INBOX, 125, Audience.SIGNED_IN));
    }
}
