package app.quad.identity.internal;

import app.quad.identity.DisclosureEntry;
import app.quad.identity.Disclosures;
import app.quad.platform.ResultPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
class JpaDisclosures implements Disclosures {

    /** Rows read per query while exporting. */
    static final int CHUNK = 1000;

    private static final String SELECT = "SELECT d.at, d.employer_id, e.display_name, o.name, d.student_id, s.display_name, d.what"
            + " FROM identity_disclosure d"
            + " LEFT JOIN identity_account e ON e.id = d.employer_id"
            + " LEFT JOIN identity_organisation o ON o.id = e.organisation_id"
            + " LEFT JOIN identity_account s ON s.id = d.student_id";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Override
    public ResultPage<DisclosureEntry> ofStudent(long studentId, int first, int pageSize) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE d.student_id = ? ORDER BY d.at DESC, d.id DESC")
                .setParameter(1, studentId)
                .setFirstResult(first).setMaxResults(pageSize)
                .getResultList();
        long total = em.createNamedQuery("Disclosure.countOfStudent", Long.class).setParameter("student", studentId)
                .getSingleResult();
        return new ResultPage<>(rows.stream().map(JpaDisclosures::entry).toList(), total);
    }

    @Override
    public void exportCsv(long staffId, Instant from, Instant to, Writer out) throws IOException {
        Actors.requireStaff(em, staffId);
        CSVPrinter csv = CSVFormat.DEFAULT.builder()
                .setHeader("at", "student_id", "student", "employer_id", "employer", "organisation", "what")
                .get().print(out);
        long afterId = 0;
        while (true) {
            // Keyset paging on the id keeps each query cheap however long the period is.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SELECT.replace("SELECT d.at", "SELECT d.id, d.at")
                            + " WHERE d.at >= ? AND d.at < ? AND d.id > ? ORDER BY d.id")
                    .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).setParameter(3, afterId)
                    .setMaxResults(CHUNK).getResultList();
            for (Object[] row : rows) {
                afterId = ((Number) row[0]).longValue();
                DisclosureEntry entry = entry(java.util.Arrays.copyOfRange(row, 1, row.length));
                csv.printRecord(entry.at(), entry.studentId(), entry.studentName(), entry.employerId(), entry.employerName(),
                        entry.organisationName(), entry.what());
            }
            if (rows.size() < CHUNK) {
                break;
            }
        }
        csv.flush();
    }

    private static DisclosureEntry entry(Object[] row) {
        Instant at = row[0] instanceof Timestamp timestamp ? timestamp.toInstant() : ((java.time.LocalDateTime) row[0])
                .toInstant(java.time.ZoneOffset.UTC);
        return new DisclosureEntry(at, ((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                ((Number) row[4]).longValue(), (String) row[5], (String) row[6]);
    }
}
