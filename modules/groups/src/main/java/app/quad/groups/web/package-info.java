/** The groups module's pages: the directory, a group's page, proposing and managing a group, a thread. */
package app.quad.groups.web;
