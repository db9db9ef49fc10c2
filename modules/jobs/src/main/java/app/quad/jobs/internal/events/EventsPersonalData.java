package app.quad.jobs.internal.events;

import app.quad.identity.AccountSuspended;
import app.quad.platform.JsonRows;
import app.quad.platform.PersonalData;
import app.quad.platform.PersonalDataArchive;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The events calendar's part of "Your data": RSVPs (with check-in), booths marked to visit, the
 * events a person hosts and whether they have a calendar link. Erasure deletes their RSVPs (a
 * freed seat goes to the next person waiting), marks and feed, and forgets them as host and as the
 * person who checked others in. Events they hosted stay: they are named after the career center,
 * the organisation or the group, never after a person.
 *
 * <p>Suspension drops the person's RSVPs to events that have not started, so their seats go to
 * people waiting; a suspended person cannot sign in to come anyway. Reactivation does not bring
 * them back (the person RSVPs again if seats are left). Past attendance stays.
 */
@ApplicationScoped
class EventsPersonalData implements PersonalData {

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/quad")
    DataSource dataSource;

    @Inject
    JpaEvents events;

    @Override
    public String module() {
        // The postings half of jobs has its own bean with the same folder: these file names all start with "event".
        return "jobs";
    }

    @Override
    public void export(Subject subject, PersonalDataArchive archive) throws IOException {
        long id = subject.accountId();
        try (Connection connection = dataSource.getConnection()) {
            archive.json("event-rsvps.json", "Your RSVPs: the event, whether you have a seat (CONFIRMED) or wait for one (WAITLISTED),"
                            + " your check-in code, whether your connections may see you are going, and when you were checked in.",
                    JsonRows.query(connection, "SELECT e.id AS event_id, e.title, e.starts_at, r.status, r.code, r.show_to_connections,"
                            + " r.requested_at, r.checked_in_at FROM jobs_rsvp r JOIN jobs_event e ON e.id = r.event_id"
                            + " WHERE r.account_id = ? ORDER BY r.id", id));
            archive.json("event-booths-to-visit.json", "Organisations at career fairs you marked to visit.",
                    JsonRows.query(connection, "SELECT b.event_id, b.organisation, b.number FROM jobs_booth_visit v"
                            + " JOIN jobs_event_booth b ON b.id = v.booth_id WHERE v.account_id = ? ORDER BY b.id", id));
            archive.json("events-hosted.json", "Events you created.",
                    JsonRows.query(connection, "SELECT id, title, kind, starts_at, ends_at, zone, place, link, capacity, description,"
                            + " created_at FROM jobs_event WHERE host_id = ? ORDER BY id", id));
            archive.json("event-calendar-link.json", "Whether you have a calendar link (only a fingerprint of its secret is kept).",
                    JsonRows.query(connection, "SELECT created_at FROM jobs_event_feed WHERE account_id = ?", id));
        } catch (SQLException e) {
            throw new IOException("could not read the events records", e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(Subject subject) {
        long id = subject.accountId();
        dropRsvps(id, null);
        em.createNativeQuery("DELETE FROM jobs_booth_visit WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM jobs_event_feed WHERE account_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE jobs_rsvp SET checked_in_by = NULL WHERE checked_in_by = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE jobs_event SET host_id = NULL WHERE host_id = ?").setParameter(1, id).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    void suspended(@Observes AccountSuspended event) {
        dropRsvps(event.accountId(), Instant.now());
    }

    /** Withdraws the person's RSVPs (all, or only those to events starting after {@code notStartedBy}), one event lock at a time. */
    private void dropRsvps(long accountId, Instant notStartedBy) {
        List<StoredRsvp> rows = em.createQuery("SELECT r FROM StoredRsvp r WHERE r.accountId = :me ORDER BY r.eventId", StoredRsvp.class)
                .setParameter("me", accountId).getResultList();
        for (StoredRsvp row : rows) {
            StoredEvent event = em.find(StoredEvent.class, row.eventId(), LockModeType.PESSIMISTIC_WRITE);
            if (notStartedBy != null && !event.startsAt().isAfter(notStartedBy)) {
                continue;
            }
            StoredRsvp current = events.rsvpRow(accountId, row.eventId());
            if (current != null) {
                events.withdraw(event, current);
            }
        }
    }

}
