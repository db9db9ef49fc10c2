/** Pages about applications: a student's applications and bookmarks, an employer's applicants. */
package app.quad.jobs.web.applications;
