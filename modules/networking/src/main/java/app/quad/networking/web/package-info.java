/** Networking's pages: Faces backing beans, one package per area, views under networking/ mirroring them. */
package app.quad.networking.web;
