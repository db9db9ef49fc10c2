package app.quad.jobs;

/** A posting was published (approved, or published at once). Fired in the publishing transaction. */
public record JobPosted(long postingId, Long organisationId, Long authorId) {
}
