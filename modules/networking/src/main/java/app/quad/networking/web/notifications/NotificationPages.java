package app.quad.networking.web.notifications;

import app.quad.platform.Audience;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import static app.quad.platform.PageRule.page;

/**
 * Who may open the notification centre's views: anyone signed in, each seeing only their own. No
 * navigation entry: the bell in the header leads there.
 */
@ApplicationScoped
class NotificationPages implements PageAccess {

    @Override
    public List<PageRule> pages() {
        return List.of(page("/networking/notifications/*", Audience.SIGNED_IN));
    }
}
