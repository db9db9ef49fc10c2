package app.quad.networking;

import app.quad.platform.ResultPage;

import java.util.List;
import java.util.Optional;

/**
 * One-to-one messages. Connections write to each other freely. Anyone else's first message is a
 * message request, which the recipient accepts (replying accepts too) or declines without the
 * sender being told. Nobody writes to a person who blocked them or whom they blocked, or starts a
 * conversation with someone whose profile they may not see. The people of an employer
 * organisation start only so many conversations with students per term, and everyone sends only
 * so many messages a minute and an hour. Every method takes the acting member's account id.
 */
public interface Messages {

    /**
     * Sends a message to the other person, starting the conversation if there is none.
     *
     * @param clientToken one-time token of the form that sent it: the same token again (a form
     *                    posted twice) returns the first message instead of sending another; null
     *                    for none
     * @return the message's id
     * @throws app.quad.platform.Rejection field {@code body} for an empty or too long text; field
     *                                     {@code person} for oneself, an unknown, blocked or hidden
     *                                     person, or a request that has no answer yet; field
     *                                     {@code rate} when sending too fast; field {@code quota}
     *                                     when the employer organisation's term quota is used up
     */
    long send(long senderId, long recipientId, String text, String clientToken);

    /** The conversation with the other person, if there is one. */
    Optional<Conversation> with(long memberId, long otherId);

    /**
     * The newest messages before {@code beforeId} (null: the newest of all), up to {@code max},
     * oldest first; only those containing {@code search} when it is not blank.
     */
    ThreadPage thread(long memberId, long conversationId, Long beforeId, int max, String search);

    /** Messages after {@code afterId}, oldest first, up to {@code max}: what a page open on the conversation has not shown yet. */
    List<Message> after(long memberId, long conversationId, long afterId, int max);

    /** The member has read the conversation up to this message. */
    void markRead(long memberId, long conversationId, long upToMessageId);

    /** Accepts the other's message request (or a request this member declined before). */
    void accept(long memberId, long conversationId);

    /** Declines the other's message request; they are not told, and cannot write again until it is accepted. */
    void decline(long memberId, long conversationId);

    /** Conversations, newest first, without message requests waiting for this member's answer. */
    ResultPage<ConversationSummary> inbox(long memberId, int first, int max);

    /** Message requests waiting for this member's answer, newest first. */
    ResultPage<ConversationSummary> requests(long memberId, int first, int max);

    /**
     * This member's conversations with a message containing the text, newest match first.
     *
     * @throws app.quad.platform.Rejection field {@code query} for a text too long to search for
     */
    ResultPage<ConversationSummary> search(long memberId, String text, int first, int max);

    /** How many conversations in the inbox have messages this member has not read. */
    long unreadCount(long memberId);

    /** How many message requests wait for this member's answer. */
    long requestCount(long memberId);

    /**
     * Reports a message this member received to the moderators ({@link MessageReported}).
     *
     * @param detail the reporter's words, optional unless the reason is OTHER
     * @return false when this member had reported it already
     * @throws app.quad.platform.Rejection field {@code message} for a message that is not theirs to report,
     *                                     {@code reason} without one, {@code detail} when too long or missing for OTHER
     */
    boolean report(long reporterId, long messageId, app.quad.platform.moderation.ReportReason reason, String detail);

    /** Whether the sender's message is held for a moderator's review (screening held it), so nobody sees it yet. */
    boolean held(long senderId, long messageId);

    /** Message length in characters (Unicode code points). */
    int MAX_LENGTH = 2000;

    /** Longest text to search for. */
    int MAX_SEARCH = 100;
}
