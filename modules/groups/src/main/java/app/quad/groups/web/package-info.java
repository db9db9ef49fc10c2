/** The groups module's pages: the directory, a group's page, proposing and managing a group. */
package app.quad.groups.web;
