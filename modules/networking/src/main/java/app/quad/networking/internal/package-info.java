/** Networking's own records (networking_* tables) and its reactions to other modules' events. */
package app.quad.networking.internal;
