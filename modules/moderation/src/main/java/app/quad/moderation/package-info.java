/**
 * Moderation: members' reports grouped into cases, the review queue and its decisions, appeals,
 * automated defences (screening) and the append-only audit log. It learns about other modules'
 * things only through the kernel contract in {@code app.quad.platform.moderation}.
 */
package app.quad.moderation;
