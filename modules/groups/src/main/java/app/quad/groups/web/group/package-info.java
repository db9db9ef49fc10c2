/** A group's page, proposing a group, and managing one. */
package app.quad.groups.web.group;
