/**
 * Networking's public API: connections asked for with a note ({@link app.quad.networking.Connections}),
 * blocks, follows, suggestions, one-to-one messages ({@link app.quad.networking.Messages}), the feed,
 * what two people have in common ({@link app.quad.networking.CommonGround}), the events other
 * modules may observe, and the notification centre, which implements the platform's
 * {@link app.quad.platform.Notifications} for every module ({@link app.quad.networking.NotificationCentre},
 * {@link app.quad.networking.NotificationDigests}).
 */
package app.quad.networking;
