/**
 * Connections, conversations, the feed and meeting in person. For now it keeps one record per
 * member, created when identity registers an account, and runs the notification centre: it
 * implements the platform's {@link app.quad.platform.Notifications} for every module
 * ({@link app.quad.networking.NotificationCentre}, {@link app.quad.networking.NotificationDigests}).
 */
package app.quad.networking;
