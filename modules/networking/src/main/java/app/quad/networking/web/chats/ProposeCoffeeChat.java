package app.quad.networking.web.chats;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.CurrentUser;
import app.quad.identity.Profiles;
import app.quad.networking.CoffeeChats;
import app.quad.networking.UpcomingEvents;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs networking/chats/propose.xhtml?with=…: up to three times, a length and a place for a
 * coffee chat with a connection. Whoever the proposer may not see is "not found", as on the
 * profile page.
 */
@Named
@ViewScoped
public class ProposeCoffeeChat implements Serializable {

    @Inject
    CoffeeChats coffeeChats;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    @Any
    Instance<UpcomingEvents> upcomingEvents;

    private Long with;

    private String name;

    private boolean allowed;

    private boolean sent;

    private final List<Row> rows = List.of(new Row(), new Row(), new Row());

    private int duration = 30;

    private String place;

    private Long eventId;

    private List<UpcomingEvents.Event> events = List.of();

    public void load() throws IOException {
        long me = currentUser.id();
        if (with == null || with == me || !profiles.visibleTo(with, me)) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "Not found");
            faces.responseComplete();
            return;
        }
        name = accounts.find(with).map(AccountSummary::displayName).orElse("");
        allowed = coffeeChats.mayPropose(me, with);
        List<UpcomingEvents.Event> found = new ArrayList<>();
        upcomingEvents.forEach(source -> found.addAll(source.forMember(me, 20)));
        events = List.copyOf(found);
    }

    public void send() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if ((row.day == null) != (row.time == null)) {
                FieldMessages.error("propose:slot" + (i + 1), "Give both a day and a time, or leave both empty.");
                return;
            }
            times.add(row.day == null ? null : LocalDateTime.of(row.day, row.time));
        }
        try {
            coffeeChats.propose(currentUser.id(), with, new CoffeeChats.Proposal(times, duration, place, eventId));
            sent = true;
        } catch (Rejection rejection) {
            FieldMessages.show("propose", rejection);
        }
    }

    /** The campus time zone, named where times are entered. */
    public String getZone() {
        return Times.zoneName(coffeeChats.campusZone());
    }

    public List<Integer> getDurations() {
        return CoffeeChats.DURATIONS;
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public boolean isSent() {
        return sent;
    }

    public String getName() {
        return name;
    }

    public Long getWith() {
        return with;
    }

    public void setWith(Long with) {
        this.with = with;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }

    public List<UpcomingEvents.Event> getEvents() {
        return events;
    }

    public String eventLabel(UpcomingEvents.Event event) {
        return event.title() + ", " + Times.when(event.startsAt(), coffeeChats.campusZone()) + ", " + event.place();
    }

    /** One offered time as typed: a day and a time on the campus clock. */
    public static class Row implements Serializable {

        private LocalDate day;

        private LocalTime time;

        public LocalDate getDay() {
            return day;
        }

        public void setDay(LocalDate day) {
            this.day = day;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }
    }
}
