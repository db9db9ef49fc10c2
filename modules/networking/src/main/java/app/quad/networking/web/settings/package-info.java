/** Backing bean of networking/settings/edit.xhtml: snoozing requests, taking followers. */
package app.quad.networking.web.settings;
