/**
 * Job postings, applications and the events calendar (career fairs, info sessions, meetups).
 * Postings: {@link app.quad.jobs.Postings}; applications: {@link app.quad.jobs.Applications}.
 * The events calendar's API is {@link app.quad.jobs.Events} with its records and events, and the
 * port {@link app.quad.jobs.EventHosts} that lets groups host events.
 */
package app.quad.jobs;
