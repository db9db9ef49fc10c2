package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.CheckInOutcome;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs jobs/events/checkin.xhtml: staff at the door choose the event and type (or scan into the
 * field) each code. The field is emptied after every attempt so the next person can follow; a
 * refusal says why, at the field.
 */
@Named
@ViewScoped
public class CheckInDesk implements Serializable {

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    EventTimes times;

    private Long event;
    private String code;
    private String last;
    private List<EventSummary> today;

    public void check() {
        if (event == null) {
            FieldMessages.error("checkin:event", "Choose the event you are checking people in at.");
            return;
        }
        try {
            CheckInOutcome outcome = events.checkIn(currentUser.id(), event, code);
            last = outcome.displayName() + " is checked in.";
            FieldMessages.info(last);
        } catch (Rejection rejection) {
            FieldMessages.show("checkin", rejection);
        }
        code = null;
    }

    /** Read once per view: the menu asks for it as each scan is checked and again as the page renders. */
    public List<EventSummary> getEvents() {
        if (today == null) {
            today = events.checkInAt(currentUser.id());
        }
        return today;
    }

    public String label(EventSummary summary) {
        return summary.title() + ", " + times.span(summary);
    }

    public Long getEvent() { return event; }
    public void setEvent(Long event) { this.event = event; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
