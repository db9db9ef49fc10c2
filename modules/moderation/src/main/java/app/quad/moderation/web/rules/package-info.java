/** Backing beans of moderation/rules pages. */
package app.quad.moderation.web.rules;
