package app.quad.jobs.web.events;

import app.quad.platform.Audience;
import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
class EventsNavigation implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(new NavigationItem("Events", "/jobs/events/list.xhtml", 140, Audience.SIGNED_IN));
    }
}
