/**
 * Networking's public API: connections asked for with a note ({@link app.quad.networking.Connections}),
 * blocks, what two people have in common ({@link app.quad.networking.CommonGround}), coffee chats
 * for meeting in person ({@link app.quad.networking.CoffeeChats}), and the events other modules may
 * observe. Ports other modules implement: {@link app.quad.networking.Affinity},
 * {@link app.quad.networking.CommonGround}, {@link app.quad.networking.UpcomingEvents}.
 */
package app.quad.networking;
