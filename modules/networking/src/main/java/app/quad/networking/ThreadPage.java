package app.quad.networking;

import java.util.List;

/**
 * Some messages of a conversation, oldest first.
 *
 * @param earlier whether older messages remain before the first one here
 */
public record ThreadPage(List<Message> messages, boolean earlier) {

    public ThreadPage {
        messages = List.copyOf(messages);
    }
}
