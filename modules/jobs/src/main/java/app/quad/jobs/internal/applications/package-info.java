/** Applications to postings: the pipeline, résumé copies and who may see them; the jobs_application table. */
package app.quad.jobs.internal.applications;
