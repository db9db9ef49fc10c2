package app.quad.networking.internal;

import app.quad.networking.CoffeeChats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A coffee chat between a proposer and an invitee, from the proposal to "we met". */
@Entity
@Table(name = "networking_coffee_chat")
class CoffeeChat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposer_id")
    private long proposerId;

    @Column(name = "invitee_id")
    private long inviteeId;

    private String place;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    private CoffeeChats.Status status;

    @Column(name = "chosen_slot_id")
    private Long chosenSlotId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    /** The iCalendar SEQUENCE: calendars take a cancellation only with a higher one than the invitation. */
    private int sequence;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "met_at")
    private Instant metAt;

    protected CoffeeChat() {
    }

    /** @param lapsesAt when the last offered time starts; nobody can choose after that */
    CoffeeChat(long proposerId, long inviteeId, String place, Long eventId, int durationMinutes, Instant lapsesAt, Instant now) {
        this.proposerId = proposerId;
        this.inviteeId = inviteeId;
        this.place = place;
        this.eventId = eventId;
        this.durationMinutes = durationMinutes;
        this.status = CoffeeChats.Status.PROPOSED;
        this.endsAt = lapsesAt;
        this.createdAt = now;
    }

    void agree(CoffeeSlot slot, Instant now) {
        status = CoffeeChats.Status.CONFIRMED;
        chosenSlotId = slot.getId();
        startsAt = slot.getStartsAt();
        endsAt = startsAt.plus(Duration.ofMinutes(durationMinutes));
        decidedAt = now;
        agreedAt = now;
    }

    void decline(Instant now) {
        status = CoffeeChats.Status.DECLINED;
        decidedAt = now;
    }

    void cancel(Instant now) {
        if (status == CoffeeChats.Status.CONFIRMED) {
            sequence++;
        }
        status = CoffeeChats.Status.CANCELLED;
        decidedAt = now;
    }

    void met(Instant now) {
        metAt = now;
    }

    boolean involves(long accountId) {
        return proposerId == accountId || inviteeId == accountId;
    }

    long otherThan(long accountId) {
        return accountId == proposerId ? inviteeId : proposerId;
    }

    Long getId() {
        return id;
    }

    long getProposerId() {
        return proposerId;
    }

    long getInviteeId() {
        return inviteeId;
    }

    String getPlace() {
        return place;
    }

    Long getEventId() {
        return eventId;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    CoffeeChats.Status getStatus() {
        return status;
    }

    Long getChosenSlotId() {
        return chosenSlotId;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    int getSequence() {
        return sequence;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getMetAt() {
        return metAt;
    }
}
