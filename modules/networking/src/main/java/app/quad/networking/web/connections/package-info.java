/** Backing beans of networking/connections/*.xhtml: connections, requests, blocks, and the profile page's "Connect". */
package app.quad.networking.web.connections;
