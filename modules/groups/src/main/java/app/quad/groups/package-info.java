/**
 * Communities around majors, clubs, industries and cohorts: groups and membership ({@link app.quad.groups.Groups})
 * and discussions inside them ({@link app.quad.groups.Discussions}), with the events other modules may observe.
 */
package app.quad.groups;
