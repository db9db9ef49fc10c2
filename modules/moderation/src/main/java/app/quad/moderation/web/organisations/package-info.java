/** Backing beans of moderation/organisations pages. */
package app.quad.moderation.web.organisations;
