package app.quad.networking.internal;

import app.quad.identity.Accounts;
import app.quad.networking.Feed;
import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Comments on posts, as moderation sees them ({@code networking.comment}): a member may report one on a post they see. */
@ApplicationScoped
class CommentReportable implements ReportableContent {

    static final String KIND = "networking.comment";

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Feed feed;

    @Inject
    Accounts accounts;

    @Inject
    Pairs pairs;

    @Override
    public boolean handles(String kind) {
        return KIND.equals(kind);
    }

    @Override
    public Optional<ReportedItem> find(long id, long viewerId) {
        StoredComment comment = em.find(StoredComment.class, id);
        if (comment == null || comment.isHidden() || feed.post(viewerId, comment.getPostId()).isEmpty()
                || pairs.blockedEitherWay(viewerId, comment.getAuthorId())) {
            return Optional.empty();
        }
        return find(id);
    }

    @Override
    public Optional<ReportedItem> find(long id) {
        return Optional.ofNullable(em.find(StoredComment.class, id)).map(comment -> new ReportedItem(new ReportTarget(KIND, id),
                comment.getAuthorId(), "Comment by " + Names.of(accounts, comment.getAuthorId()), comment.getBody(),
                "/networking/feed/post.xhtml?id=" + comment.getPostId(), comment.getCreatedAt(), comment.isHidden()));
    }
}
