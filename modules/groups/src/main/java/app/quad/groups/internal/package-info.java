/** The groups module's implementation and its groups_* tables. */
package app.quad.groups.internal;
