/** Backing beans of moderation/audit pages. */
package app.quad.moderation.web.audit;
