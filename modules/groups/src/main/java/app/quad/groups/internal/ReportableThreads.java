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

/** Describes threads ({@code groups.post}) to moderation. */
@ApplicationScoped
class ReportableThreads implements ReportableContent {

    @PersistenceContext(unitName = "groups")
    EntityManager em;

    @Inject
    JpaDiscussions discussions;

    @Inject
    GroupNotices notices;

    @Override
    public boolean handles(String kind) {
        return Discussions.POST_KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        StoredPost post = em.find(StoredPost.class, id);
        return post != null && discussions.maySee(viewerId, post) ? Optional.of(item(post)) : Optional.empty();
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredPost.class, id)).map(this::item);
    }

    private ReportedItem item(StoredPost post) {
        StoredGroup group = em.find(StoredGroup.class, post.groupId());
        return new ReportedItem(new ReportTarget(Discussions.POST_KIND, post.id()), post.authorId(),
                "Thread \u201c" + post.title() + "\u201d by " + notices.nameOf(post.authorId()) + " in " + group.name(),
                Shortened.text(post.title() + "\n\n" + post.body()), GroupLinks.post(post.id()), post.createdAt(),
                post.state() != PostState.PUBLISHED || post.removed());
    }
}
