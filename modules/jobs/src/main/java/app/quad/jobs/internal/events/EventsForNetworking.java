package app.quad.jobs.internal.events;

import app.quad.identity.Profiles;
import app.quad.jobs.EventSummary;
import app.quad.networking.Affinity;
import app.quad.networking.UpcomingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Networking's ports: upcoming events to place a coffee chat at, and people a member was at an
 * event with, for people-you-may-know. Only people who were both checked in, and who let their
 * connections see them going, count: an RSVP alone says little, and attendance is the person's to share.
 */
@ApplicationScoped
class EventsForNetworking implements UpcomingEvents, Affinity {

    /** How many fellow attendees one look reads at most. */
    static final int ROWS_READ = 2000;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    JpaEvents events;

    @Inject
    Profiles profiles;

    @Override
    public List<Event> forMember(long memberId, int max) {
        return events.upcoming(memberId, 0, max).items().stream().filter(event -> !event.online()).map(EventsForNetworking::event).toList();
    }

    @Override
    public Optional<Event> find(long memberId, long eventId) {
        return events.find(memberId, eventId).filter(event -> event.endsAt().isAfter(Instant.now()) && !event.hidden() && !event.online())
                .map(EventsForNetworking::event);
    }

    private static Event event(EventSummary event) {
        return new Event(event.id(), event.title(), event.where(), event.startsAt(), event.endsAt());
    }

    @Override
    public List<Shared> of(long memberId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT o.account_id, e.title FROM jobs_rsvp me"
                        + " JOIN jobs_rsvp o ON o.event_id = me.event_id AND o.account_id <> me.account_id AND o.checked_in_at IS NOT NULL"
                        + " AND o.show_to_connections = TRUE JOIN jobs_event e ON e.id = me.event_id AND e.removed = FALSE"
                        + " WHERE me.account_id = ? AND me.checked_in_at IS NOT NULL ORDER BY e.starts_at DESC LIMIT " + ROWS_READ)
                .setParameter(1, memberId).getResultList();
        Map<Long, Shared> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            long other = ((Number) row[0]).longValue();
            Shared before = found.get(other);
            found.put(other, before == null ? new Shared(other, "Both at " + row[1], 0.4)
                    : new Shared(other, before.reason(), Math.min(2.0, before.weight() + 0.2)));
        }
        List<Shared> result = new ArrayList<>();
        for (Shared shared : found.values().stream().sorted((a, b) -> Double.compare(b.weight(), a.weight())).toList()) {
            if (result.size() >= max) {
                break;
            }
            if (profiles.visibleTo(shared.accountId(), memberId)) {
                result.add(shared);
            }
        }
        return result;
    }
}
