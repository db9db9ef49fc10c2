/** Moderation's entities, services, screening and audit: never used by other modules directly. */
package app.quad.moderation.internal;
