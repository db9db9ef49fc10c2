/**
 * The shared kernel every module may use: the transactional outbox for side effects outside the
 * database, outgoing mail, module schema registration and navigation entries for the shared layout.
 * Nothing domain-specific lives here.
 */
package app.quad.platform;
