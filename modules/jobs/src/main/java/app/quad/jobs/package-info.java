/**
 * Job postings, applications and the events calendar (career fairs, info sessions, meetups).
 * Postings: {@link app.quad.jobs.Postings}; applications: {@link app.quad.jobs.Applications}.
 */
package app.quad.jobs;
