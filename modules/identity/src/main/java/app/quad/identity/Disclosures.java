package app.quad.identity;

import app.quad.platform.ResultPage;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * The FERPA disclosure record: every time a person of an employer organisation saw a student's
 * profile or résumé. Students read their own; staff export it.
 */
public interface Disclosures {

    /** Newest first. */
    ResultPage<DisclosureEntry> ofStudent(long studentId, int first, int pageSize);

    /**
     * Writes every disclosure in [from, to) as CSV (at, student id, student, employer id, employer,
     * organisation, what), oldest first, streaming so a long period fits in no memory.
     *
     * @throws SecurityException unless the actor is active staff or an administrator
     */
    void exportCsv(long staffId, Instant from, Instant to, Writer out) throws IOException;
}
