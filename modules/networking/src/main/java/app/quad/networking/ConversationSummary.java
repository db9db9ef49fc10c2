package app.quad.networking;

import java.time.Instant;

/**
 * A line of the inbox: who, when, the start of a message (the newest, or the newest that matched
 * a search) and whether something is unread.
 */
public record ConversationSummary(long conversationId, long otherId, String otherName, Instant lastMessageAt,
                                  String snippet, boolean snippetIsMine, boolean unread) {
}
