package app.quad.networking.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A message as stored: plain text, with the token of the form that sent it. */
@Entity
@Table(name = "networking_message")
class StoredMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id")
    private long conversationId;

    @Column(name = "sender_id")
    private long senderId;

    private String body;

    @Column(name = "client_token")
    private String clientToken;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Held by screening or hidden by moderators: out of sight in the conversation. */
    private boolean hidden;

    /** Held by screening, so never delivered (and hidden). */
    private boolean held;

    /** Removed by a moderator (and hidden); only a granted appeal puts it back. */
    @Column(name = "removed_at")
    private Instant removedAt;

    protected StoredMessage() {
    }

    StoredMessage(long conversationId, long senderId, String body, String clientToken, Instant now) {
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.body = body;
        this.clientToken = clientToken;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    long getConversationId() {
        return conversationId;
    }

    long getSenderId() {
        return senderId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isHidden() {
        return hidden;
    }

    void hold() {
        hidden = true;
        held = true;
    }

    boolean isHeld() {
        return held;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    /** A held message let through: about to be delivered. */
    void release() {
        held = false;
        hidden = false;
    }
}
