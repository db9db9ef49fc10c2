package app.quad.jobs.internal.events;

import app.quad.jobs.Rsvp;
import app.quad.jobs.RsvpStatus;
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
@Table(name = "jobs_rsvp")
class StoredRsvp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    private RsvpStatus status;

    private String code;

    @Column(name = "show_to_connections")
    private boolean showToConnections;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by")
    private Long checkedInBy;

    protected StoredRsvp() {
    }

    StoredRsvp(long eventId, long accountId, RsvpStatus status, String code, boolean showToConnections, Instant now) {
        this.eventId = eventId;
        this.accountId = accountId;
        this.status = status;
        this.code = code;
        this.showToConnections = showToConnections;
        this.requestedAt = now;
    }

    long id() { return id; }
    long eventId() { return eventId; }
    long accountId() { return accountId; }
    RsvpStatus status() { return status; }
    String code() { return code; }
    Instant requestedAt() { return requestedAt; }
    Instant checkedInAt() { return checkedInAt; }

    void confirm() {
        this.status = RsvpStatus.CONFIRMED;
    }

    void showToConnections(boolean show) {
        this.showToConnections = show;
    }

    void checkIn(long staffId, Instant now) {
        this.checkedInAt = now;
        this.checkedInBy = staffId;
    }

    Rsvp view(int position) {
        return new Rsvp(id, eventId, accountId, status, code, showToConnections, requestedAt, checkedInAt, position);
    }
}
