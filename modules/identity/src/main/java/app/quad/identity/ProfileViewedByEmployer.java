package app.quad.identity;

/** A person of an employer organisation opened a student's profile or résumé; it is in the disclosure log. */
public record ProfileViewedByEmployer(long studentId, long employerId, String what) {
}
