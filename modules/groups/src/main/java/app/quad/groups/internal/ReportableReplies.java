package app.quad.groups.internal;

import app.quad.groups.Discussions;
import app.quad.groups.PostState;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Describes replies ({@code groups.reply}) to moderation; a reply is seen by those who see its thread. */
@ApplicationScoped
class ReportableReplies implements ReportableContent {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaDiscussions discussions;

    @Inject
    GroupNotices notices;

    @Override
    public boolean handles(String kind) {
        return Discussions.REPLY_KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        StoredReply reply = em.find(StoredReply.class, id);
        if (reply == null || reply.removed() || (reply.state() != PostState.PUBLISHED && reply.authorId() != viewerId)) {
            return Optional.empty();
        }
        StoredPost post = em.find(StoredPost.class, reply.postId());
        return post != null && discussions.maySee(viewerId, post) ? Optional.of(item(reply)) : Optional.empty();
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredReply.class, id)).map(this::item);
    }

    private ReportedItem item(StoredReply reply) {
        StoredGroup group = em.find(StoredGroup.class, reply.groupId());
        return new ReportedItem(new ReportTarget(Discussions.REPLY_KIND, reply.id()), reply.authorId(),
                "Reply by " + notices.nameOf(reply.authorId()) + " in " + group.name(), Shortened.text(reply.body()),
                GroupLinks.post(reply.postId()), reply.createdAt(), reply.state() != PostState.PUBLISHED || reply.removed());
    }
}
