/** Job postings: their rules, storage, search, review, moderation, bookmarks and expiry; the jobs_posting* tables. */
package app.quad.jobs.internal.postings;
