/**
 * Runs Quad on a single machine without installing anything: an embedded MariaDB, a local SMTP
 * sink that keeps every mail Quad sends, and Payara Micro with the Quad WAR. The integration tests
 * use the same database and mail sink, so development, tests and production all speak real SQL.
 */
package app.quad.embedded;
