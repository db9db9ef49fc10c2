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
@Table(name = "groups_post")
class StoredPost {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "author_id")
    private long authorId;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private PostState state;

    private boolean pinned;

    private boolean locked;

    @Column(name = "reply_count")
    private int replyCount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "author_suspended")
    private boolean authorSuspended;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected StoredPost() {
    }

    StoredPost(long groupId, long authorId, String title, String body, PostState state, Instant now) {
        this.groupId = groupId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.state = state;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    long id() { return id; }
    long groupId() { return groupId; }
    long authorId() { return authorId; }
    String title() { return title; }
    String body() { return body; }
    PostState state() { return state; }
    boolean pinned() { return pinned; }
    boolean locked() { return locked; }
    int replyCount() { return replyCount; }
    Instant createdAt() { return createdAt; }
    boolean authorSuspended() { return authorSuspended; }
    Instant lastActivityAt() { return lastActivityAt; }

    boolean removed() { return removedAt != null; }

    void state(PostState state) { this.state = state; }

    /** Out of sight for good, unless an appeal is granted; the state it had is kept for that. */
    void removed(Instant at) { removedAt = at; }
    void pinned(boolean pinned) { this.pinned = pinned; }
    void locked(boolean locked) { this.locked = locked; }

    /** Published now: it moves to the top of the list as if it were new. */
    void publish(Instant now) {
        state = PostState.PUBLISHED;
        lastActivityAt = now;
    }

    void replied(Instant now) {
        replyCount++;
        lastActivityAt = now;
    }
}
