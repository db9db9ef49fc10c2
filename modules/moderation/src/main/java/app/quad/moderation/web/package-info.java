/** Moderation's pages: reporting, the review queue and cases, appeals, rules and the audit log. */
package app.quad.moderation.web;
