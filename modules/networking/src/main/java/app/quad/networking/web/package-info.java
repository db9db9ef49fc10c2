/** Networking's pages: Faces backing beans, one sub-package per area, mirroring the views' folders. */
package app.quad.networking.web;
