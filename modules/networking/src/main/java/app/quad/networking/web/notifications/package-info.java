/**
 * The notification centre's pages (networking/notifications/*.xhtml) and the bell in the shared
 * layout's header.
 */
package app.quad.networking.web.notifications;
