package app.quad.networking;

/** Where a conversation stands, from one member's side. */
public enum ConversationState {
    ACTIVE,
    /**
     * This member's first message waits for the other's answer. Also what they see after the
     * other declined: they are not told.
     */
    REQUEST_SENT,
    /** The other, not a connection, wrote first; this member has not answered. */
    REQUEST_RECEIVED,
    /** This member declined the other's request; they may still accept it or write. */
    DECLINED
}
