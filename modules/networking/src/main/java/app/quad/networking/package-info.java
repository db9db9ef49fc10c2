/**
 * Networking's public API: connections asked for with a note ({@link app.quad.networking.Connections}),
 * blocks, follows, suggestions, one-to-one messages ({@link app.quad.networking.Messages}), the feed,
 * coffee chats for meeting in person ({@link app.quad.networking.CoffeeChats}), the events other
 * modules may observe, and the notification centre, which implements the platform's
 * {@link app.quad.platform.Notifications} for every module ({@link app.quad.networking.NotificationCentre},
 * {@link app.quad.networking.NotificationDigests}). Ports other modules implement:
 * {@link app.quad.networking.Affinity}, {@link app.quad.networking.CommonGround},
 * {@link app.quad.networking.UpcomingEvents}.
 */
package app.quad.networking;
