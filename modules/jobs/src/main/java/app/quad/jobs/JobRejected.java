package app.quad.jobs;

/** Staff turned a submitted posting down; the reason is shown to its people. */
public record JobRejected(long postingId, long staffId, String reason) {
}
