/** Backing beans of moderation/reports pages. */
package app.quad.moderation.web.reports;
