/**
 * Backing beans of networking/messages/*.xhtml: the inbox with message requests, one conversation
 * (also the first message to someone), and how message text becomes safe HTML with honest links.
 */
package app.quad.networking.web.messages;
