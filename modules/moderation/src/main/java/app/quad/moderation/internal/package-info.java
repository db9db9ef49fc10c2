/** The moderation module's implementation and its moderation_* tables. */
package app.quad.moderation.internal;
