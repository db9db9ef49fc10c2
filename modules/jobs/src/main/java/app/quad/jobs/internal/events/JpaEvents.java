package app.quad.jobs.internal.events;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.OrganisationSummary;
import app.quad.identity.Organisations;
import app.quad.identity.Profiles;
import app.quad.identity.Role;
import app.quad.jobs.Booth;
import app.quad.jobs.CheckInOutcome;
import app.quad.jobs.CheckedIn;
import app.quad.jobs.EventAttendee;
import app.quad.jobs.EventCreated;
import app.quad.jobs.EventHosts;
import app.quad.jobs.EventKind;
import app.quad.jobs.EventSummary;
import app.quad.jobs.Events;
import app.quad.jobs.NewEvent;
import app.quad.jobs.Rsvp;
import app.quad.jobs.RsvpConfirmed;
import app.quad.jobs.RsvpStatus;
import app.quad.jobs.RsvpWaitlisted;
import app.quad.networking.Connections;
import app.quad.networking.Contact;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ContentScreening;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.Screening;
import app.quad.platform.moderation.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaEvents implements Events {

    static final String KIND = "jobs.event";
    static final String NOT_FOUND = "There is no such event, or you cannot see it.";
    static final String PROMOTED = "event.waitlist-promoted";

    /** How many of a member's connections "who from my network is going" looks at. */
    static final int CONNECTIONS_LOOKED_AT = 1000;

    /** How far back the calendar feed keeps events, and how many it holds at most. */
    static final Duration FEED_PAST = Duration.ofDays(30);
    static final int FEED_MAX = 200;

    /** Upcoming events one person has answered; far more than anyone goes to. */
    static final int MINE_MAX = 500;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    Profiles profiles;

    @Inject
    Connections connections;

    @Inject
    Notifications notifications;

    @Inject
    @Any
    Instance<EventHosts> hosts;

    @Inject
    @Any
    Instance<ContentScreening> screening;

    @Inject
    Event<EventCreated> created;

    @Inject
    Event<RsvpConfirmed> confirmed;

    @Inject
    Event<RsvpWaitlisted> waitlisted;

    @Inject
    Event<CheckedIn> checkedIn;

    @Override
    @Transactional
    public EventSummary create(long hostId, NewEvent proposal) {
        AccountSummary host = active(hostId).orElseThrow(() -> new Rejection("title", "Sign in again to create an event."));
        String hostName;
        if (proposal.hostGroupId() != null) {
            long group = proposal.hostGroupId();
            if (hosts.stream().noneMatch(port -> port.mayHost(group, hostId))) {
                throw new Rejection("hostGroup", "Only the group's managers can create events for it.");
            }
            hostName = hosts.stream().map(port -> port.groupName(group)).flatMap(Optional::stream).findFirst().orElse("A group");
        } else if (staff(host)) {
            hostName = "Career Center";
        } else {
            hostName = organisations.ofAccount(hostId).filter(OrganisationSummary::verified).map(OrganisationSummary::name)
                    .orElseThrow(() -> new Rejection("title", "Only career center staff, verified employers and groups can create events."));
        }
        Instant now = Instant.now();
        EventRules.Checked checked = EventRules.check(proposal, now);
        String description = EventText.sanitise(proposal.description());
        if (EventText.visibleText(description).length() > DESCRIPTION_MAX) {
            throw new Rejection("description", "The description can have at most " + DESCRIPTION_MAX + " characters.");
        }
        Screening verdict = screen(hostId, checked, description);
        if (verdict.verdict() == Screening.Verdict.BLOCK) {
            throw new Rejection("description", "This description cannot be published: " + String.join("; ", verdict.signals()));
        }
        boolean held = verdict.verdict() == Screening.Verdict.HOLD;
        StoredEvent event = new StoredEvent(checked, description, hostId, hostName, proposal.hostGroupId(), held, now);
        em.persist(event);
        em.flush();
        if (held) {
            screening.get().held(new ReportTarget(KIND, event.id()), hostId, verdict);
        }
        created.fire(new EventCreated(event.id(), hostId, proposal.hostGroupId()));
        return summary(event);
    }

    private Screening screen(long hostId, EventRules.Checked event, String description) {
        if (!screening.isResolvable()) {
            return Screening.allow();
        }
        String text = event.title() + "\n" + (event.place() == null ? event.link() : event.place()) + "\n" + EventText.visibleText(description);
        return screening.get().screen(new Submission(KIND, hostId, text, Map.of("eventKind", event.kind().name())));
    }

    @Override
    public boolean mayCreate(long accountId) {
        Optional<AccountSummary> account = active(accountId);
        return account.isPresent() && (staff(account.get())
                || organisations.ofAccount(accountId).filter(OrganisationSummary::verified).isPresent());
    }

    @Override
    public Optional<EventSummary> find(long viewerId, long eventId) {
        return Optional.ofNullable(em.find(StoredEvent.class, eventId)).filter(event -> sees(viewerId, event)).map(this::summary);
    }

    @Override
    public ResultPage<EventSummary> upcoming(long viewerId, int first, int max) {
        // Campus-wide events only: a group's events are on the group's page and in its members' calendars.
        String where = " FROM StoredEvent e WHERE e.removed = false AND e.hidden = false AND e.hostGroupId IS NULL AND e.endsAt > :now";
        Instant now = Instant.now();
        List<StoredEvent> rows = em.createQuery("SELECT e" + where + " ORDER BY e.startsAt, e.id", StoredEvent.class)
                .setParameter("now", now).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("now", now).getSingleResult();
        return new ResultPage<>(summaries(rows), total);
    }

    @Override
    public ResultPage<EventSummary> upcomingForGroup(long groupId, long viewerId, int first, int max) {
        boolean staff = active(viewerId).map(JpaEvents::staff).orElse(false);
        if (!staff && hosts.stream().noneMatch(port -> port.mayAttend(groupId, viewerId))) {
            return new ResultPage<>(List.of(), 0);
        }
        String where = " FROM StoredEvent e WHERE e.hostGroupId = :group AND e.removed = false AND e.hidden = false AND e.endsAt > :now";
        Instant now = Instant.now();
        List<StoredEvent> rows = em.createQuery("SELECT e" + where + " ORDER BY e.startsAt, e.id", StoredEvent.class)
                .setParameter("group", groupId).setParameter("now", now).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("group", groupId).setParameter("now", now)
                .getSingleResult();
        return new ResultPage<>(summaries(rows), total);
    }

    @Override
    public boolean manages(long accountId, long eventId) {
        StoredEvent event = em.find(StoredEvent.class, eventId);
        return event != null && !event.removed() && manages(accountId, event);
    }

    private boolean manages(long accountId, StoredEvent event) {
        if (active(accountId).map(JpaEvents::staff).orElse(false)) {
            return true;
        }
        if (event.hostId() != null && event.hostId() == accountId) {
            return true;
        }
        return event.hostGroupId() != null && hosts.stream().anyMatch(port -> port.mayHost(event.hostGroupId(), accountId));
    }

    @Override
    @Transactional
    public Rsvp rsvp(long accountId, long eventId, boolean showToConnections) {
        StoredEvent event = locked(accountId, eventId);
        active(accountId).orElseThrow(() -> new Rejection("event", "Only members with an active account can RSVP."));
        StoredRsvp existing = rsvpRow(accountId, eventId);
        if (existing != null) {
            existing.showToConnections(showToConnections);
            return existing.view(position(existing));
        }
        Instant now = Instant.now();
        if (!EventRules.open(event.registrationDeadline(), now)) {
            throw new Rejection("event", "Registration for this event has closed.");
        }
        // The event row is locked, so this count and the insert below see every other RSVP: no overbooking.
        long taken = count(eventId, RsvpStatus.CONFIRMED);
        RsvpStatus status = taken < event.capacity() ? RsvpStatus.CONFIRMED : RsvpStatus.WAITLISTED;
        StoredRsvp rsvp = new StoredRsvp(eventId, accountId, status, CheckInCodes.generate(), showToConnections, now);
        em.persist(rsvp);
        em.flush();
        if (status == RsvpStatus.CONFIRMED) {
            confirmed.fire(new RsvpConfirmed(rsvp.id(), eventId, accountId, false));
        } else {
            waitlisted.fire(new RsvpWaitlisted(rsvp.id(), eventId, accountId));
        }
        return rsvp.view(position(rsvp));
    }

    @Override
    @Transactional
    public void cancel(long accountId, long eventId) {
        StoredEvent event = em.find(StoredEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return;
        }
        StoredRsvp rsvp = rsvpRow(accountId, eventId);
        if (rsvp != null) {
            withdraw(event, rsvp);
        }
    }

    /** Deletes the RSVP (the event row locked) and gives a freed seat to the first person waiting, before the start. */
    void withdraw(StoredEvent event, StoredRsvp rsvp) {
        boolean hadSeat = rsvp.status() == RsvpStatus.CONFIRMED;
        em.remove(rsvp);
        em.flush();
        if (!hadSeat || !Instant.now().isBefore(event.startsAt()) || event.removed()) {
            return;
        }
        // The next in line: whoever answered first, ties broken by the row id (the order of the inserts).
        Optional<StoredRsvp> next = em.createQuery("SELECT r FROM StoredRsvp r WHERE r.eventId = :event AND r.status = :waiting"
                        + " ORDER BY r.requestedAt, r.id", StoredRsvp.class)
                .setParameter("event", event.id()).setParameter("waiting", RsvpStatus.WAITLISTED).setMaxResults(1).getResultStream()
                .findFirst();
        if (next.isEmpty() || count(event.id(), RsvpStatus.CONFIRMED) >= event.capacity()) {
            return;
        }
        StoredRsvp promoted = next.get();
        promoted.confirm();
        notifications.notify(new Notice(promoted.accountId(), PROMOTED, "A seat opened up at \u201c" + event.title()
                + "\u201d: you are off the waiting list and confirmed.", "/jobs/events/view.xhtml?id=" + event.id()));
        confirmed.fire(new RsvpConfirmed(promoted.id(), event.id(), promoted.accountId(), true));
    }

    @Override
    public Optional<Rsvp> rsvpOf(long accountId, long eventId) {
        return Optional.ofNullable(rsvpRow(accountId, eventId)).map(row -> row.view(position(row)));
    }

    @Override
    public ResultPage<EventSummary> mine(long accountId, int first, int max) {
        // One person's upcoming RSVPs are few; each is checked as the event page would (hidden pending review, a group
        // they left or that moderators removed), then paged.
        List<StoredEvent> seen = em.createQuery("SELECT e FROM StoredEvent e WHERE e.removed = false AND e.endsAt > :now"
                        + " AND EXISTS (SELECT r.id FROM StoredRsvp r WHERE r.eventId = e.id AND r.accountId = :me) ORDER BY e.startsAt, e.id",
                        StoredEvent.class)
                .setParameter("now", Instant.now()).setParameter("me", accountId).setMaxResults(MINE_MAX).getResultStream()
                .filter(event -> sees(accountId, event)).toList();
        return new ResultPage<>(summaries(seen.stream().skip(first).limit(max).toList()), seen.size());
    }

    @Override
    @Transactional
    public CheckInOutcome checkIn(long staffId, long eventId, String typed) {
        StoredEvent event = em.find(StoredEvent.class, eventId);
        if (event == null || event.removed() || !manages(staffId, event)) {
            throw new Rejection("code", "Only career center staff and the event's host can check people in at this event.");
        }
        String code = CheckInCodes.normalise(typed);
        if (code == null) {
            throw new Rejection("code", "This is not a check-in code: check it for typing mistakes. Codes look like 7K2M-9QXD-4HBT.");
        }
        StoredRsvp rsvp = em.createQuery("SELECT r FROM StoredRsvp r WHERE r.code = :code", StoredRsvp.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new Rejection("code", "No ticket has this code: it may be forged, or its RSVP was cancelled."));
        if (rsvp.eventId() != eventId) {
            StoredEvent other = em.find(StoredEvent.class, rsvp.eventId());
            throw new Rejection("code", "This code is for another event" + (other == null ? "" : ": \u201c" + other.title() + "\u201d") + ".");
        }
        String name = accounts.find(rsvp.accountId()).map(AccountSummary::displayName).orElse("This person");
        if (rsvp.status() != RsvpStatus.CONFIRMED) {
            throw new Rejection("code", name + " is on the waiting list and has no seat.");
        }
        if (rsvp.checkedInAt() != null) {
            throw new Rejection("code", "This code was already used: " + name + " checked in at "
                    + DateTimeFormatter.ofPattern("HH:mm").format(rsvp.checkedInAt().atZone(ZoneId.of(event.zone()))) + ".");
        }
        rsvp.checkIn(staffId, Instant.now());
        checkedIn.fire(new CheckedIn(rsvp.id(), eventId, rsvp.accountId(), staffId));
        return new CheckInOutcome(eventId, rsvp.accountId(), name, event.title());
    }

    @Override
    public List<EventSummary> checkInAt(long staffId) {
        Instant now = Instant.now();
        return summaries(em.createQuery("SELECT e FROM StoredEvent e WHERE e.removed = false AND e.endsAt > :now AND e.startsAt < :soon"
                        + " ORDER BY e.startsAt, e.id", StoredEvent.class)
                .setParameter("now", now).setParameter("soon", now.plus(Duration.ofDays(1))).setMaxResults(200).getResultStream()
                .filter(event -> manages(staffId, event)).limit(50).toList());
    }

    @Override
    public Optional<String> ics(long viewerId, long eventId) {
        return find(viewerId, eventId).map(event -> EventCalendars.write(List.of(event), "-//Quad//Event//EN"));
    }

    @Override
    @Transactional
    public String newFeedToken(long accountId) {
        active(accountId).orElseThrow(() -> new Rejection("feed", "Only members with an active account can have a calendar link."));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("INSERT INTO jobs_event_feed (account_id, token_hash, created_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), created_at = VALUES(created_at)")
                .setParameter(1, accountId).setParameter(2, hash(token)).setParameter(3, Timestamp.from(Instant.now())).executeUpdate();
        return token;
    }

    @Override
    @Transactional
    public void revokeFeed(long accountId) {
        em.createNativeQuery("DELETE FROM jobs_event_feed WHERE account_id = ?").setParameter(1, accountId).executeUpdate();
    }

    @Override
    public boolean hasFeed(long accountId) {
        return !em.createNativeQuery("SELECT account_id FROM jobs_event_feed WHERE account_id = ?").setParameter(1, accountId)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        List<?> owner = em.createNativeQuery("SELECT account_id FROM jobs_event_feed WHERE token_hash = ?").setParameter(1, hash(token))
                .getResultList();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        long accountId = ((Number) owner.get(0)).longValue();
        if (active(accountId).isEmpty()) {
            return Optional.empty();
        }
        List<EventSummary> events = summaries(em.createQuery("SELECT e FROM StoredEvent e WHERE e.removed = false AND e.hidden = false"
                        + " AND e.endsAt > :since AND EXISTS (SELECT r.id FROM StoredRsvp r WHERE r.eventId = e.id AND r.accountId = :me)"
                        + " ORDER BY e.startsAt, e.id", StoredEvent.class)
                .setParameter("since", Instant.now().minus(FEED_PAST)).setParameter("me", accountId).setMaxResults(FEED_MAX)
                .getResultStream().filter(event -> sees(accountId, event)).toList());
        return Optional.of(EventCalendars.write(events, "-//Quad//Your events//EN"));
    }

    @Override
    public void attendance(long actorId, long eventId, Appendable out) throws IOException {
        if (!manages(actorId, eventId)) {
            throw new SecurityException("only staff and the event's host see who attends");
        }
        List<StoredRsvp> rows = em.createQuery("SELECT r FROM StoredRsvp r WHERE r.eventId = :event ORDER BY r.status, r.requestedAt, r.id",
                StoredRsvp.class).setParameter("event", eventId).getResultList();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("name", "status", "rsvp_at", "checked_in_at").get())) {
            for (StoredRsvp row : rows) {
                String name = accounts.find(row.accountId()).map(AccountSummary::displayName).orElse("(account deleted)");
                // A name starting with =, +, - or @ would be a formula in a spreadsheet.
                csv.printRecord(name.matches("^[=+\\-@].*") ? "'" + name : name, row.status(), row.requestedAt(),
                        row.checkedInAt() == null ? "" : row.checkedInAt().toString());
            }
        }
    }

    @Override
    public List<EventAttendee> goingFromNetwork(long viewerId, long eventId, int max) {
        if (find(viewerId, eventId).isEmpty()) {
            return List.of();
        }
        List<Long> contacts = connections.connectionsOf(viewerId, 0, CONNECTIONS_LOOKED_AT).items().stream().map(Contact::accountId).toList();
        if (contacts.isEmpty()) {
            return List.of();
        }
        List<Long> going = em.createQuery("SELECT r.accountId FROM StoredRsvp r WHERE r.eventId = :event AND r.status = :confirmed"
                        + " AND r.showToConnections = true AND r.accountId IN :people ORDER BY r.requestedAt", Long.class)
                .setParameter("event", eventId).setParameter("confirmed", RsvpStatus.CONFIRMED).setParameter("people", contacts)
                .getResultList();
        if (going.isEmpty()) {
            return List.of();
        }
        List<EventAttendee> shown = new ArrayList<>();
        profiles.listable(viewerId, going).forEach((id, name) -> {
            if (shown.size() < max) {
                shown.add(new EventAttendee(id, name));
            }
        });
        return shown;
    }

    @Override
    public List<Booth> booths(long viewerId, long eventId) {
        if (find(viewerId, eventId).isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.organisation, b.number, (SELECT COUNT(*) FROM jobs_booth_visit v"
                        + " WHERE v.booth_id = b.id AND v.account_id = ?) FROM jobs_event_booth b WHERE b.event_id = ? ORDER BY b.number, b.id LIMIT 500")
                .setParameter(1, viewerId).setParameter(2, eventId).getResultList();
        return rows.stream().map(row -> new Booth(((Number) row[0]).longValue(), eventId, (String) row[1], (String) row[2],
                ((Number) row[3]).longValue() > 0)).toList();
    }

    @Override
    @Transactional
    public void addBooth(long actorId, long eventId, String organisation, String number) {
        StoredEvent event = locked(actorId, eventId);
        if (!manages(actorId, event)) {
            throw new Rejection("organisation", "Only staff and the event's host can list organisations.");
        }
        if (event.kind() != EventKind.CAREER_FAIR) {
            throw new Rejection("organisation", "Only career fairs list organisations and booths.");
        }
        String name = organisation == null ? "" : organisation.strip().replaceAll("\\s+", " ");
        String booth = number == null ? "" : number.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new Rejection("organisation", "Give the organisation's name, at most 120 characters.");
        }
        if (booth.isEmpty() || booth.length() > 20) {
            throw new Rejection("number", "Give the booth number, at most 20 characters.");
        }
        em.createNativeQuery("INSERT INTO jobs_event_booth (event_id, organisation, number) VALUES (?, ?, ?)")
                .setParameter(1, eventId).setParameter(2, name).setParameter(3, booth).executeUpdate();
    }

    @Override
    @Transactional
    public void markToVisit(long accountId, long boothId, boolean toVisit) {
        List<?> event = em.createNativeQuery("SELECT event_id FROM jobs_event_booth WHERE id = ?").setParameter(1, boothId).getResultList();
        if (event.isEmpty() || find(accountId, ((Number) event.get(0)).longValue()).isEmpty()) {
            throw new Rejection("booth", "There is no such booth, or you cannot see it.");
        }
        em.createNativeQuery(toVisit ? "INSERT IGNORE INTO jobs_booth_visit (booth_id, account_id) VALUES (?, ?)"
                        : "DELETE FROM jobs_booth_visit WHERE booth_id = ? AND account_id = ?")
                .setParameter(1, boothId).setParameter(2, accountId).executeUpdate();
    }

    /** The event, locked for a change of its RSVPs, if the actor may see it; otherwise "not found". */
    private StoredEvent locked(long actorId, long eventId) {
        StoredEvent event = em.find(StoredEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !sees(actorId, event)) {
            throw new Rejection("event", NOT_FOUND);
        }
        return event;
    }

    /** Who may see an event: removed ones nobody; hidden ones their host and staff; a group's those the group admits. */
    boolean sees(long viewerId, StoredEvent event) {
        if (event.removed()) {
            return false;
        }
        Optional<AccountSummary> viewer = active(viewerId);
        if (viewer.isEmpty()) {
            return false;
        }
        boolean own = event.hostId() != null && event.hostId() == viewerId;
        if (own || staff(viewer.get())) {
            return true;
        }
        if (event.hidden()) {
            return false;
        }
        return event.hostGroupId() == null || hosts.stream().anyMatch(port -> port.mayAttend(event.hostGroupId(), viewerId)
                || port.mayHost(event.hostGroupId(), viewerId));
    }

    StoredRsvp rsvpRow(long accountId, long eventId) {
        return em.createQuery("SELECT r FROM StoredRsvp r WHERE r.eventId = :event AND r.accountId = :account", StoredRsvp.class)
                .setParameter("event", eventId).setParameter("account", accountId).getResultStream().findFirst().orElse(null);
    }

    private int position(StoredRsvp rsvp) {
        if (rsvp.status() != RsvpStatus.WAITLISTED) {
            return 0;
        }
        long ahead = em.createQuery("SELECT COUNT(r) FROM StoredRsvp r WHERE r.eventId = :event AND r.status = :waiting"
                        + " AND (r.requestedAt < :at OR (r.requestedAt = :at AND r.id < :id))", Long.class)
                .setParameter("event", rsvp.eventId()).setParameter("waiting", RsvpStatus.WAITLISTED)
                .setParameter("at", rsvp.requestedAt()).setParameter("id", rsvp.id()).getSingleResult();
        return (int) ahead + 1;
    }

    private long count(long eventId, RsvpStatus status) {
        return em.createQuery("SELECT COUNT(r) FROM StoredRsvp r WHERE r.eventId = :event AND r.status = :status", Long.class)
                .setParameter("event", eventId).setParameter("status", status).getSingleResult();
    }

    EventSummary summary(StoredEvent event) {
        return summaries(List.of(event)).get(0);
    }

    /** A page of events with their seat counts, counted in one grouped query rather than two per event. */
    private List<EventSummary> summaries(List<StoredEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("SELECT r.eventId, r.status, COUNT(r) FROM StoredRsvp r WHERE r.eventId IN :events GROUP BY r.eventId, r.status",
                        Object[].class)
                .setParameter("events", events.stream().map(StoredEvent::id).toList()).getResultStream()
                .forEach(row -> counts.put(row[0] + ":" + row[1], (Long) row[2]));
        return events.stream().map(event -> new EventSummary(event.id(), event.title(), event.kind(), event.online(), event.place(),
                event.link(), event.startsAt(), event.endsAt(), event.zone(), event.capacity(), event.registrationDeadline(),
                event.description(), event.hostId(), event.hostGroupId(), event.hostName(),
                counts.getOrDefault(event.id() + ":" + RsvpStatus.CONFIRMED, 0L),
                counts.getOrDefault(event.id() + ":" + RsvpStatus.WAITLISTED, 0L), event.hidden())).toList();
    }

    private Optional<AccountSummary> active(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE);
    }

    static boolean staff(AccountSummary account) {
        return account.holds(Role.STAFF) || account.holds(Role.ADMIN);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
