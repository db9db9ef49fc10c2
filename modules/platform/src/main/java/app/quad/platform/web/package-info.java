/** Web plumbing shared by every page: security headers and the navigation of the shared layout. */
package app.quad.platform.web;
