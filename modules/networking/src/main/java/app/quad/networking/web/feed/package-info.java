/** Backing beans of networking/feed/*.xhtml: the home feed, one post with its comments. */
package app.quad.networking.web.feed;
