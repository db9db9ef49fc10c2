/** Backing beans of moderation/appeals pages. */
package app.quad.moderation.web.appeals;
