package app.quad.networking;

import app.quad.platform.ResultPage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Meeting in person: a member proposes a coffee chat to a connection with up to three times and
 * a place; the other picks a time or declines; both get a calendar invitation by mail. After the
 * chat each may say "we met", and when both have, their connection is marked as met in person.
 * Every method takes the acting member's account id and refuses what that member may not do.
 */
public interface CoffeeChats {

    /**
     * @return the new chat's id
     * @throws app.quad.platform.Rejection field {@code person} for anyone the proposer may not
     *                                     propose to (see {@link #mayPropose}) or too many open
     *                                     proposals; {@code slot1}…{@code slot3} for a time in the
     *                                     past, too soon, too far ahead or given twice;
     *                                     {@code duration}, {@code place} or {@code event}
     */
    long propose(long proposerId, long inviteeId, Proposal proposal);

    /**
     * Whether the member may propose a coffee chat to the other now: they are connected, neither
     * blocked the other and the other is not snoozing. (Conversations will open it up too.)
     */
    boolean mayPropose(long proposerId, long inviteeId);

    /** The invitee picks one of the proposed times; both get an invitation. */
    void choose(long inviteeId, long chatId, long slotId);

    /** The invitee declines; the proposer is told kindly, without a reason. */
    void decline(long inviteeId, long chatId);

    /**
     * The proposer withdraws an unanswered proposal, or either of the two cancels an agreed chat
     * before it starts; both then get a cancellation for their calendars.
     */
    void cancel(long memberId, long chatId);

    /**
     * "We met": allowed once the agreed time is over. When both have said so, their connection is
     * marked as met in person ({@link MetInPerson}).
     */
    void confirmMet(long memberId, long chatId);

    /** Proposals waiting for this member's answer, newest first. */
    ResultPage<Chat> awaitingAnswer(long memberId, int first, int max);

    /** Proposals this member made that have no answer yet, newest first. */
    ResultPage<Chat> proposed(long memberId, int first, int max);

    /** Agreed chats that have not ended, soonest first. */
    ResultPage<Chat> upcoming(long memberId, int first, int max);

    /** Agreed chats that are over, latest first, for "we met". */
    ResultPage<Chat> past(long memberId, int first, int max);

    /** The calendar invitation (iCalendar text) of an agreed, upcoming chat, for one of its two people. */
    Optional<String> invitation(long memberId, long chatId);

    /** The time zone times are entered and shown in ({@code quad.campus-zone}). */
    ZoneId campusZone();

    /** For staff: how many pairs met in person through a coffee chat since then. */
    long metInPersonSince(long staffId, Instant since);

    /** For staff: chats agreed and pairs who met, per month, the latest {@code months} months, newest first. */
    List<Month> byMonth(long staffId, int months);

    int MAX_SLOTS = 3;
    int MAX_PLACE = 200;
    List<Integer> DURATIONS = List.of(15, 30, 45, 60);
    Duration EARLIEST = Duration.ofHours(1);
    Duration LATEST = Duration.ofDays(90);

    /**
     * What the proposer offers.
     *
     * @param slots   up to three starting times in the campus time zone, in the order of the form's
     *                rows; a row left empty is null, so a refusal names the right row
     * @param place   where to meet, in the proposer's words; may be empty with an event
     * @param eventId an upcoming event from {@link UpcomingEvents} to meet at, or null
     */
    record Proposal(List<LocalDateTime> slots, int durationMinutes, String place, Long eventId) {

        public Proposal {
            slots = slots == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(slots));
        }
    }

    enum Status { PROPOSED, CONFIRMED, DECLINED, CANCELLED }

    record Slot(long id, Instant startsAt) {
    }

    /**
     * A coffee chat as one of its two people sees it.
     *
     * @param startsAt the agreed time, null until one is chosen
     * @param iSaidWeMet   this member said "we met"
     * @param theySaidWeMet the other person did
     */
    record Chat(long id, long otherId, String otherName, boolean proposedByMe, Status status, String place,
                int durationMinutes, List<Slot> slots, Instant startsAt, Instant createdAt,
                boolean iSaidWeMet, boolean theySaidWeMet) {

        public Chat {
            slots = List.copyOf(slots);
        }

        public Instant endsAt() {
            return startsAt == null ? null : startsAt.plus(Duration.ofMinutes(durationMinutes));
        }
    }

    /** One month of the staff figures. */
    record Month(YearMonth month, long agreed, long met) {
    }
}
