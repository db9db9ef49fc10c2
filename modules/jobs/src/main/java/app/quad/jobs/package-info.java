/**
 * Job postings, applications and the events calendar (career fairs, info sessions, meetups).
 * The events calendar's API is {@link app.quad.jobs.Events} with its records and events, and the
 * port {@link app.quad.jobs.EventHosts} that lets groups host events.
 */
package app.quad.jobs;
