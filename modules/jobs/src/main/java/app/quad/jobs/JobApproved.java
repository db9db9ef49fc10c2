package app.quad.jobs;

/** Staff approved a submitted posting. */
public record JobApproved(long postingId, long staffId) {
}
