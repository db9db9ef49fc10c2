package app.quad.jobs;

/** An application moved in the pipeline (or was withdrawn). */
public record ApplicationStatusChanged(long applicationId, long postingId, long studentId, ApplicationStatus from, ApplicationStatus to) {
}
