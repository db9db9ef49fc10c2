package app.quad.jobs;

import app.quad.platform.ResultPage;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The events calendar: career fairs, information sessions, workshops and meetups, RSVPs with a
 * waiting list, check-in at the door and calendars. Every method takes the acting person's id and
 * refuses, with a {@link app.quad.platform.Rejection} naming the field, what they may not do; an
 * event the person may not see is "not found", whatever the id.
 */
public interface Events {

    /**
     * Creates an event. Staff, people of verified employer organisations and (with
     * {@code hostGroupId}) those a group lets host through {@link EventHosts} may create events.
     */
    EventSummary create(long hostId, NewEvent event);

    /** Whether the person may create events at all, to offer the link. */
    boolean mayCreate(long accountId);

    Optional<EventSummary> find(long viewerId, long eventId);

    /** Events the viewer may see that have not ended, soonest first. */
    ResultPage<EventSummary> upcoming(long viewerId, int first, int max);

    /** The group's events that have not ended, soonest first, for the group's page. */
    ResultPage<EventSummary> upcomingForGroup(long groupId, long viewerId, int first, int max);

    /** Whether the person may check people in and export attendance: staff, and the event's host. */
    boolean manages(long accountId, long eventId);

    /**
     * RSVPs, or changes whether connections see them. A seat if one is left, otherwise a place on
     * the waiting list; refused after the registration deadline.
     */
    Rsvp rsvp(long accountId, long eventId, boolean showToConnections);

    /** Cancels the person's RSVP; a freed seat goes to the first person waiting, who is told. */
    void cancel(long accountId, long eventId);

    Optional<Rsvp> rsvpOf(long accountId, long eventId);

    /** The events the person RSVP'd to that have not ended, soonest first. */
    ResultPage<EventSummary> mine(long accountId, int first, int max);

    /**
     * Checks in the person whose code it is. Refused (field {@code code}) for a mistyped, forged,
     * cancelled or already used code, a code for another event or of someone still waiting.
     */
    CheckInOutcome checkIn(long staffId, long eventId, String code);

    /** Events a person may check people in at now: those not ended, started or starting within a day. */
    List<EventSummary> checkInAt(long staffId);

    /** The event as an iCalendar file (RFC 5545), for the people who may see it. */
    Optional<String> ics(long viewerId, long eventId);

    /** Replaces the person's calendar feed token with a new one; the old link stops working. */
    String newFeedToken(long accountId);

    void revokeFeed(long accountId);

    boolean hasFeed(long accountId);

    /** The calendar of the token's owner (their RSVPs), or empty for an unknown or revoked token. */
    Optional<String> feed(String token);

    /** Writes the attendance list as CSV for those who {@link #manages} the event; refused otherwise. */
    void attendance(long actorId, long eventId, Appendable csv) throws IOException;

    /** Confirmed people of the viewer's connections who let their connections see them, as the viewer may see them. */
    List<EventAttendee> goingFromNetwork(long viewerId, long eventId, int max);

    /** A career fair's organisations and booths, with the viewer's marks. */
    List<Booth> booths(long viewerId, long eventId);

    /** The host or staff add an organisation attending a career fair. */
    void addBooth(long actorId, long eventId, String organisation, String number);

    /** Marks (or unmarks) a booth the person means to visit. */
    void markToVisit(long accountId, long boothId, boolean toVisit);

    /** The longest title, place and link. */
    int TITLE_MAX = 150;
    int PLACE_MAX = 200;
    int LINK_MAX = 500;
    int DESCRIPTION_MAX = 10_000;
    int CAPACITY_MAX = 100_000;
}
