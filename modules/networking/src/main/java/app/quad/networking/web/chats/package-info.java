/** Backing beans of networking/chats/*.xhtml: proposing a coffee chat, answering, "we met", and the staff figures. */
package app.quad.networking.web.chats;
