/** The jobs module's pages. */
package app.quad.jobs.web;
