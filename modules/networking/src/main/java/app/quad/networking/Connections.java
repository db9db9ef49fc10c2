package app.quad.networking;

import app.quad.platform.ResultPage;

/**
 * Connections between members: asked for with a personal note, accepted or declined by the other
 * person, removable by either. Every method takes the acting member's account id and refuses what
 * that member may not do.
 */
public interface Connections {

    /**
     * Asks to connect. When the other person has already asked this member, this accepts their
     * request instead, so two people asking each other at the same moment end with one connection.
     *
     * @return the request's id
     * @throws app.quad.platform.Rejection field {@code note} for a note outside 20–300 characters,
     *                                     field {@code person} for oneself, a blocked or unknown
     *                                     person, an existing connection or request, or a person
     *                                     pausing new requests; field {@code budget} when the
     *                                     weekly number of requests is used up
     */
    long request(long requesterId, long recipientId, String note);

    /** @return the new connection's id */
    long accept(long recipientId, long requestId);

    /** Declines without telling the requester: to them the request stays unanswered. */
    void decline(long recipientId, long requestId);

    void withdraw(long requesterId, long requestId);

    /** Ends the connection between the two; nothing happens when there is none. */
    void remove(long memberId, long otherId);

    Relationship between(long memberId, long otherId);

    /** How many connections the two have in common; shown only to the two of them. */
    int mutualCount(long memberId, long otherId);

    ResultPage<Contact> connectionsOf(long memberId, int first, int max);

    /** Requests waiting for this member's answer, newest first. */
    ResultPage<IncomingRequest> incoming(long memberId, int first, int max);

    /** Requests this member sent that have no answer they can see, newest first. */
    ResultPage<SentRequest> sent(long memberId, int first, int max);

    RequestBudget budget(long memberId);

    /** Notes for connection requests: at least this long, so that people say why. */
    int MIN_NOTE = 20;

    int MAX_NOTE = 300;
}
