/**
 * Reports, the review queue, automated defences and the audit log.
 * The module is a shell until its issue (issue 8) lands: it owns its migration history already.
 */
package app.quad.moderation;
