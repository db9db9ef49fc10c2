/** The events calendar's pages (views under jobs/events/), its page access, navigation and file downloads. */
package app.quad.jobs.web.events;
