/**
 * The shared kernel every module may use: the transactional outbox for side effects outside the
 * database, outgoing mail, module schema registration, navigation entries for the shared layout,
 * and the port through which any module notifies people ({@link app.quad.platform.Notifications}).
 * Nothing domain-specific lives here.
 */
package app.quad.platform;
