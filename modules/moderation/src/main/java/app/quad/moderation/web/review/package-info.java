/** Backing beans of moderation/review pages. */
package app.quad.moderation.web.review;
