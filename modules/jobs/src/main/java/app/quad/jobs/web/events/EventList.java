package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Backs jobs/events/list.xhtml: campus events that have not ended, soonest first. */
@Named
@ViewScoped
public class EventList implements Serializable {

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    EventTimes times;

    private final PagedModel<EventSummary> upcoming = new PagedModel<>(
            (first, max) -> events.upcoming(currentUser.id(), first, max), event -> Long.toString(event.id()));

    public PagedModel<EventSummary> getUpcoming() {
        return upcoming;
    }

    public boolean isMayCreate() {
        return events.mayCreate(currentUser.id());
    }

    public String when(EventSummary event) {
        return times.span(event);
    }
}
