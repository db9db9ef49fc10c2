package app.quad.jobs.web.events;

import app.quad.identity.Role;
import app.quad.platform.Audience;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The events pages are for signed-in people, and each page checks for itself what the viewer may
 * see of an event; the check-in page is for career center staff (hosts check in from the same
 * page only if they are staff; others ask staff at the door).
 */
@ApplicationScoped
class EventsPageAccess implements PageAccess {

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/jobs/events/*", Audience.SIGNED_IN),
                PageRule.page("/jobs/events/checkin.xhtml", Audience.holdersOf(Role.STAFF, Role.ADMIN)));
    }
}
