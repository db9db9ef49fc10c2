/**
 * Connections, conversations, the feed and meeting in person. For now it keeps one record per
 * member, created when identity registers an account.
 */
package app.quad.networking;
