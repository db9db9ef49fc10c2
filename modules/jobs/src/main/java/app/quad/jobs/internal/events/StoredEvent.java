package app.quad.jobs.internal.events;

import app.quad.jobs.EventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "jobs_event")
class StoredEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private boolean online;

    private String place;

    private String link;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String zone;

    private int capacity;

    @Column(name = "registration_deadline")
    private Instant registrationDeadline;

    private String description;

    @Column(name = "host_id")
    private Long hostId;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "host_group_id")
    private Long hostGroupId;

    private boolean hidden;

    private boolean removed;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredEvent() {
    }

    StoredEvent(EventRules.Checked event, String description, long hostId, String hostName, Long hostGroupId, boolean hidden, Instant now) {
        this.title = event.title();
        this.kind = event.kind();
        this.online = event.online();
        this.place = event.place();
        this.link = event.link();
        this.startsAt = event.startsAt();
        this.endsAt = event.endsAt();
        this.zone = event.zone().getId();
        this.capacity = event.capacity();
        this.registrationDeadline = event.registrationDeadline();
        this.description = description;
        this.hostId = hostId;
        this.hostName = hostName;
        this.hostGroupId = hostGroupId;
        this.hidden = hidden;
        this.createdAt = now;
    }

    long id() { return id; }
    String title() { return title; }
    EventKind kind() { return kind; }
    boolean online() { return online; }
    String place() { return place; }
    String link() { return link; }
    Instant startsAt() { return startsAt; }
    Instant endsAt() { return endsAt; }
    String zone() { return zone; }
    int capacity() { return capacity; }
    Instant registrationDeadline() { return registrationDeadline; }
    String description() { return description; }
    Long hostId() { return hostId; }
    String hostName() { return hostName; }
    Long hostGroupId() { return hostGroupId; }
    boolean hidden() { return hidden; }
    boolean removed() { return removed; }
    Instant createdAt() { return createdAt; }

    void hide(boolean hidden) {
        this.hidden = hidden;
    }

    void remove() {
        this.removed = true;
        this.hidden = true;
    }

    /** Shown again: reports dismissed, or a removal undone. */
    void restore() {
        this.removed = false;
        this.hidden = false;
    }
}
