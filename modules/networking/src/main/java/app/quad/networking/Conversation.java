package app.quad.networking;

import java.io.Serializable;

/**
 * A conversation as one member sees it.
 *
 * @param otherName "A former member" while the other person is suspended
 * @param otherHidden the other person is suspended: their messages are not shown
 */
public record Conversation(long conversationId, long otherId, String otherName, ConversationState state, boolean otherHidden)
        implements Serializable {
}
