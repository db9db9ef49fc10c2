/** Backing beans of networking/follows/*.xhtml and of "Follow" on organisation pages. */
package app.quad.networking.web.follows;
