package app.quad.groups;

/** A thread became visible in its group (at once, or when a manager or moderator let it through). Fired in the transaction. */
public record GroupPostPublished(long postId, long groupId, long authorId) {
}
