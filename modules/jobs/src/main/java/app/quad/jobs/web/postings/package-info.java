/** Pages about job postings: search, a posting, writing one, one's organisation's postings, staff review. */
package app.quad.jobs.web.postings;
