package app.quad.moderation.internal;

import app.quad.moderation.AuditLog;
import app.quad.moderation.AuditRecord;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Reads the audit log for administrators. There is deliberately no update or delete here. */
@ApplicationScoped
class JpaAuditLog implements AuditLog {

    /** Exported in batches, so a long log is never held in memory whole. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "moderation")
    EntityManager em;

    @Inject
    Actors actors;

    @Override
    public ResultPage<AuditRecord> search(long adminId, String text, Long actor, Instant from, Instant to, int first, int max) {
        actors.requireAdministrator(adminId);
        List<AuditRecord> items = query("SELECT a", " ORDER BY a.at DESC, a.id DESC", StoredAudit.class, text, actor, from, to)
                .setFirstResult(first).setMaxResults(max).getResultStream()
                .map(entry -> entry.view(actors.name(entry.actorId()))).toList();
        return new ResultPage<>(items, query("SELECT COUNT(a)", "", Long.class, text, actor, from, to).getSingleResult());
    }

    @Override
    public void export(long adminId, String text, Long actor, Instant from, Instant to, Writer out) throws IOException {
        actors.requireAdministrator(adminId);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("id", "at", "actor_id", "actor", "action", "target_kind", "target_id", "reason").get());
        // By id, from where the last batch ended: the log only grows, so ids are in the order entries were written.
        long after = 0;
        while (true) {
            List<StoredAudit> batch = query("SELECT a", " AND a.id > :after ORDER BY a.id", StoredAudit.class, text, actor, from, to)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (StoredAudit entry : batch) {
                AuditRecord row = entry.view(actors.name(entry.actorId()));
                after = row.id();
                // A cell starting with = + - @ would be a formula in a spreadsheet: quote it as text.
                csv.printRecord(row.id(), row.at(), row.actorId(), safe(row.actorName()), row.action(), row.targetKind(), row.targetId(),
                        safe(row.reason()));
            }
            if (batch.size() < BATCH) {
                break;
            }
            em.clear();
        }
        csv.flush();
    }

    static String safe(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private <T> TypedQuery<T> query(String select, String order, Class<T> type, String text, Long actor, Instant from, Instant to) {
        boolean searching = text != null && !text.isBlank();
        String where = " FROM StoredAudit a WHERE 1 = 1"
                + (searching ? " AND (LOWER(a.action) LIKE :like OR LOWER(a.targetKind) LIKE :like OR LOWER(a.reason) LIKE :like)" : "")
                + (actor == null ? "" : " AND a.actorId = :actor")
                + (from == null ? "" : " AND a.at >= :from")
                + (to == null ? "" : " AND a.at < :to");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (searching) {
            query.setParameter("like", "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query;
    }
}
