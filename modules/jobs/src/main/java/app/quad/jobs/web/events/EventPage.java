package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.Booth;
import app.quad.jobs.EventAttendee;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.Rsvp;
import app.quad.jobs.RsvpStatus;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Backs jobs/events/view.xhtml?id=…: the event, RSVP (with "show me to my connections", off by
 * default), the person's check-in code as text and QR code, who from their network is going, a
 * career fair's booths, and for its host and staff, adding booths and the attendance list.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    EventTimes times;

    @Inject
    jakarta.enterprise.inject.Instance<app.quad.platform.moderation.ContentScreening> moderation;

    private Long id;
    private EventSummary event;
    private Rsvp rsvp;
    private boolean showToConnections;
    private String boothOrganisation;
    private String boothNumber;
    // Read once per view and after each action: the page asks for each several times as it renders.
    private boolean manages;
    private List<EventAttendee> going = List.of();
    private List<Booth> booths = List.of();

    public void load() throws IOException {
        event = id == null ? null : events.find(currentUser.id(), id).orElse(null);
        if (event == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        rsvp = events.rsvpOf(currentUser.id(), event.id()).orElse(null);
        showToConnections = rsvp != null && rsvp.showToConnections();
        manages = events.manages(currentUser.id(), event.id());
        readAround();
    }

    private void readAround() {
        going = events.goingFromNetwork(currentUser.id(), event.id(), 12);
        booths = events.booths(currentUser.id(), event.id());
    }

    /** Whether moderation is deployed, so reports have somewhere to go. */
    public boolean isModerated() {
        return moderation.isResolvable();
    }

    public void rsvp() {
        try {
            boolean before = rsvp != null;
            rsvp = events.rsvp(currentUser.id(), event.id(), showToConnections);
            FieldMessages.info(before ? "Saved." : rsvp.status() == RsvpStatus.CONFIRMED ? "You have a seat. Show your code at the door."
                    : "Every seat is taken: you are number " + rsvp.position() + " on the waiting list. We will tell you if a seat opens up.");
            refresh();
        } catch (Rejection rejection) {
            FieldMessages.show("rsvp", rejection);
        }
    }

    public void cancel() {
        events.cancel(currentUser.id(), event.id());
        FieldMessages.info("Your RSVP is cancelled; its code no longer admits anyone.");
        rsvp = null;
        showToConnections = false;
        refresh();
    }

    public void addBooth() {
        try {
            events.addBooth(currentUser.id(), event.id(), boothOrganisation, boothNumber);
            FieldMessages.info(boothOrganisation.strip() + " is listed at booth " + boothNumber.strip() + ".");
            boothOrganisation = null;
            boothNumber = null;
            readAround();
        } catch (Rejection rejection) {
            FieldMessages.show("booths", rejection);
        }
    }

    public void visit(long boothId, boolean toVisit) {
        try {
            events.markToVisit(currentUser.id(), boothId, toVisit);
            readAround();
        } catch (Rejection rejection) {
            FieldMessages.show("booths", rejection);
        }
    }

    private void refresh() {
        event = events.find(currentUser.id(), event.id()).orElse(event);
        readAround();
    }

    public String getQr() {
        return rsvp == null ? "" : CheckInQr.svg(rsvp.code());
    }

    public String getWhen() {
        return times.span(event);
    }

    public String getDeadline() {
        return times.at(event.registrationDeadline(), event.zone());
    }

    public boolean isOpen() {
        return Instant.now().isBefore(event.registrationDeadline());
    }

    public boolean isFair() {
        return event.kind() == EventKind.CAREER_FAIR;
    }

    public boolean isManages() {
        return manages;
    }

    public List<EventAttendee> getGoing() {
        return going;
    }

    public List<Booth> getBooths() {
        return booths;
    }

    public EventSummary getEvent() { return event; }
    public Rsvp getRsvp() { return rsvp; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isShowToConnections() { return showToConnections; }
    public void setShowToConnections(boolean showToConnections) { this.showToConnections = showToConnections; }
    public String getBoothOrganisation() { return boothOrganisation; }
    public void setBoothOrganisation(String boothOrganisation) { this.boothOrganisation = boothOrganisation; }
    public String getBoothNumber() { return boothNumber; }
    public void setBoothNumber(String boothNumber) { this.boothNumber = boothNumber; }
}
