/** The jobs module's implementation and its jobs_* tables. */
package app.quad.jobs.internal;
