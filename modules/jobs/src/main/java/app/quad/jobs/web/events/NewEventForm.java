package app.quad.jobs.web.events;

import app.quad.identity.CurrentUser;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Backs jobs/events/new.xhtml: creating an event. With {@code ?group=<id>} the event is the
 * group's (the groups module decides who may host for it). The service checks everything and names
 * the field; what was typed stays in the form.
 */
@Named
@ViewScoped
public class NewEventForm implements Serializable {

    @Inject
    Events events;

    @Inject
    CurrentUser currentUser;

    @Inject
    EventTimes times;

    private Long group;
    private String title;
    private EventKind kind;
    private boolean online;
    private String place;
    private String link;
    private LocalDate startDay;
    private LocalTime startTime;
    private LocalDate endDay;
    private LocalTime endTime;
    private LocalDate deadlineDay;
    private LocalTime deadlineTime;
    private String zone;
    private Integer capacity;
    private String description;

    @PostConstruct
    void init() {
        zone = times.campusZone();
    }

    public String create() {
        if (deadlineDay == null && deadlineTime != null) {
            FieldMessages.error("event:deadlineDay", "Give the day of the registration deadline too, or leave both empty.");
            return null;
        }
        try {
            EventSummary event = events.create(currentUser.id(), new NewEvent(title, kind, online, place, link,
                    at(startDay, startTime), at(endDay, endTime),
                    zone, capacity, deadlineDay == null ? null : at(deadlineDay, deadlineTime == null ? LocalTime.of(23, 59) : deadlineTime),
                    description, group));
            return "/jobs/events/view.xhtml?faces-redirect=true&id=" + event.id();
        } catch (Rejection rejection) {
            FieldMessages.show("event", translate(rejection));
            return null;
        }
    }

    /** The service speaks of start and end; the form has a day and a time for each, and shows the message at the day. */
    private static Rejection translate(Rejection rejection) {
        return switch (rejection.field()) {
            case "start" -> new Rejection("startDay", rejection.getMessage());
            case "end" -> new Rejection("endDay", rejection.getMessage());
            case "registrationDeadline" -> new Rejection("deadlineDay", rejection.getMessage());
            default -> rejection;
        };
    }

    private static LocalDateTime at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : LocalDateTime.of(day, time);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public List<String> getZones() {
        return times.zones();
    }

    public Long getGroup() { return group; }
    public void setGroup(Long group) { this.group = group; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public LocalDate getStartDay() { return startDay; }
    public void setStartDay(LocalDate startDay) { this.startDay = startDay; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public LocalDate getEndDay() { return endDay; }
    public void setEndDay(LocalDate endDay) { this.endDay = endDay; }
    public LocalTime getEndTime() { return endTime; }
    public void setEndTime(LocalTime endTime) { this.endTime = endTime; }
    public LocalDate getDeadlineDay() { return deadlineDay; }
    public void setDeadlineDay(LocalDate deadlineDay) { this.deadlineDay = deadlineDay; }
    public LocalTime getDeadlineTime() { return deadlineTime; }
    public void setDeadlineTime(LocalTime deadlineTime) { this.deadlineTime = deadlineTime; }
    public String getZone() { return zone; }
    public void setZone(String zone) { this.zone = zone; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
