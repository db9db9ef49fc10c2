package app.quad.jobs;

/** A search a member keeps; new postings that match it reach them as notices (daily digest by default). */
public record SavedSearch(long id, String name, PostingSearch search) {
}
