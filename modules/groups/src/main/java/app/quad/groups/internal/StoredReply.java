package app.quad.groups.internal;

import app.quad.groups.PostState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "groups_reply")
class StoredReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private long postId;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "author_id")
    private long authorId;

    private String body;

    @Enumerated(EnumType.STRING)
    private PostState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "author_suspended")
    private boolean authorSuspended;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected StoredReply() {
    }

    StoredReply(long postId, long groupId, long authorId, String body, PostState state, Instant now) {
        this.postId = postId;
        this.groupId = groupId;
        this.authorId = authorId;
        this.body = body;
        this.state = state;
        this.createdAt = now;
    }

    long id() { return id; }
    long postId() { return postId; }
    long groupId() { return groupId; }
    long authorId() { return authorId; }
    String body() { return body; }
    PostState state() { return state; }
    Instant createdAt() { return createdAt; }
    boolean authorSuspended() { return authorSuspended; }

    boolean removed() { return removedAt != null; }

    void state(PostState state) { this.state = state; }

    void removed(Instant at) { removedAt = at; }
}
