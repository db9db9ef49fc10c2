/** The assembly: what the WAR adds around the modules (public pages, demo data). */
package app.quad.app;
