/** A discussion thread's page: the thread, its replies, reactions, managers' pin and lock, reports. */
package app.quad.groups.web.post;
