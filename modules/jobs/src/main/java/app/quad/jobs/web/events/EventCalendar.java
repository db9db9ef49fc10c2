package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * Backs jobs/events/calendar.xhtml: the events one RSVP'd to, and one's calendar link. Only a
 * fingerprint of the link's secret is stored, so the link is shown once, when it is made; making a
 * new one or turning it off stops the old one working.
 */
@Named
@ViewScoped
public class EventCalendar implements Serializable {

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    EventTimes times;

    private String feedUrl;

    private final PagedModel<EventSummary> mine = new PagedModel<>(
            (first, max) -> events.mine(currentUser.id(), first, max), event -> Long.toString(event.id()));

    public void newLink() {
        String token = events.newFeedToken(currentUser.id());
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        String port = ("https".equals(context.getRequestScheme()) && context.getRequestServerPort() == 443)
                || ("http".equals(context.getRequestScheme()) && context.getRequestServerPort() == 80) ? "" : ":" + context.getRequestServerPort();
        feedUrl = context.getRequestScheme() + "://" + context.getRequestServerName() + port + context.getRequestContextPath()
                + EventFiles.FEED + token + ".ics";
        FieldMessages.info("Your calendar link is ready. Copy it now: it is shown only once.");
    }

    public void revoke() {
        events.revokeFeed(currentUser.id());
        feedUrl = null;
        FieldMessages.info("Your calendar link is turned off; calendars using it no longer get your events.");
    }

    public boolean isHasFeed() {
        return events.hasFeed(currentUser.id());
    }

    public String getFeedUrl() {
        return feedUrl;
    }

    public PagedModel<EventSummary> getMine() {
        return mine;
    }

    public String when(EventSummary event) {
        return times.span(event);
    }
}
