/**
 * Job postings, applications and the events calendar (career fairs, info sessions, meetups).
 * The module is a shell until its issue (issue 7) lands: it owns its migration history already.
 */
package app.quad.jobs;
