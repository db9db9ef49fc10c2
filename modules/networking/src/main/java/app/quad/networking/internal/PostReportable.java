package app.quad.networking.internal;

import app.quad.identity.Accounts;
import app.quad.networking.Feed;
import app.quad.networking.PostReported;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Feed posts, as moderation sees them ({@code networking.post}). */
@ApplicationScoped
class PostReportable implements ReportableContent {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Feed feed;

    @Inject
    Accounts accounts;

    @Override
    public boolean handles(String kind) {
        return PostReported.KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        return feed.post(viewerId, id).flatMap(post -> find(id));
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredPost.class, id)).map(post -> new ReportedItem(new ReportTarget(PostReported.KIND, id),
                post.getAuthorId(), "Post by " + Names.of(accounts, post.getAuthorId()), post.getBody(), "/networking/feed/post.xhtml?id=" + id,
                post.getCreatedAt(), post.isHidden()));
    }
}
