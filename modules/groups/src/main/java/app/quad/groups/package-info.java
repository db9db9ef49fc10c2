/**
 * Communities around majors, clubs, industries and cohorts: groups, membership, discussions.
 * The module is a shell until its issue (issue 6) lands: it owns its migration history already.
 */
package app.quad.groups;
