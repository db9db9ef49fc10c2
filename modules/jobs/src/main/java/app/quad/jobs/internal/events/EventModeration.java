package app.quad.jobs.internal.events;

import app.quad.platform.moderation.ModerationDecision;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/**
 * Events as moderation sees them (kind {@code jobs.event}), and moderation's decisions carried
 * out: HIDE keeps the event out of lists and pages (its host and staff still see it), DISMISS shows
 * it again unless it was removed, REMOVE takes it down for everyone. RESTORE (an author's appeal was
 * granted) brings it back. RSVPs stay throughout, so a returning event keeps its attendees and waiting list;
 * a seat freed while it was removed is not passed on to the waiting list on its return.
 */
@ApplicationScoped
class EventModeration implements ReportableContent {

    private static final int TEXT_MAX = 2000;

    @PersistenceContext(unitName = "jobs")
    EntityManager em;

    @Inject
    JpaEvents events;

    @Override
    public boolean handles(String kind) {
        return JpaEvents.KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        return Optional.ofNullable(em.find(StoredEvent.class, id)).filter(event -> events.sees(viewerId, event)).map(EventModeration::item);
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredEvent.class, id)).map(EventModeration::item);
    }

    private static ReportedItem item(StoredEvent event) {
        String text = EventText.visibleText(event.description());
        return new ReportedItem(new ReportTarget(JpaEvents.KIND, event.id()), event.hostId() == null ? 0 : event.hostId(),
                event.title(), text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX) + "\u2026" : text,
                "/jobs/events/view.xhtml?id=" + event.id(), event.createdAt(), event.hidden());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    void decided(@Observes ModerationDecision decision) {
        if (!handles(decision.target().kind())) {
            return;
        }
        StoredEvent event = em.find(StoredEvent.class, decision.target().id(), LockModeType.PESSIMISTIC_WRITE);
        if (event == null) {
            return;
        }
        switch (decision.action()) {
            case HIDE -> {
                // Hiding a removed event would change nothing now, and would keep it hidden after an appeal.
                if (!event.removed()) {
                    event.hide(true);
                }
            }
            case DISMISS -> {
                // Reports rejected in a later case: a removal stands; only a granted appeal (RESTORE) undoes it.
                if (!event.removed()) {
                    event.hide(false);
                }
            }
            case RESTORE -> event.restore();
            case REMOVE -> event.remove();
            default -> {
                // Decisions about the author (warnings, suspensions) leave the event as it is.
            }
        }
    }
}
