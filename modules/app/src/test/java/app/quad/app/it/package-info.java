/**
 * Integration tests: each *IT class is one Arquillian deployment of the real WAR on Payara Micro,
 * against the embedded MariaDB and mail sink that {@link app.quad.app.it.TestServices} starts once
 * per test run. Group new checks into the existing classes where they fit: every class boots a server.
 */
package app.quad.app.it;
