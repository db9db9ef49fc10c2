package app.quad.jobs;

/** A student applied to a posting. */
public record ApplicationSubmitted(long applicationId, long postingId, long studentId) {
}
