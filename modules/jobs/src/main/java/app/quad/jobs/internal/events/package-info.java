/** The events calendar's implementation and its jobs_event* and jobs_rsvp tables. */
package app.quad.jobs.internal.events;
