package app.quad.identity;

import java.time.Instant;

/** One time someone from an employer saw a student's profile or résumé. */
public record DisclosureEntry(Instant at, long employerId, String employerName, String organisationName,
                              long studentId, String studentName, String what) {
}
