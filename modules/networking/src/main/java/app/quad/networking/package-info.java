/**
 * Networking's public API: connections asked for with a note ({@link app.quad.networking.Connections}),
 * blocks, one-to-one messages ({@link app.quad.networking.Messages}), what two people have in common
 * ({@link app.quad.networking.CommonGround}), and the events other modules may observe.
 */
package app.quad.networking;
