package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.networking.PostAudience;
import app.quad.networking.PostPublished;
import app.quad.platform.Notice;
import app.quad.platform.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * The feed as a digest, for those who would rather read it by e-mail: a new post becomes a notice
 * of kind {@code feed.post} for each of its readers who chose a delivery for that kind (it is off
 * by default), so the digest lists it. Only they are looked at, so a post by someone with many
 * followers costs one query.
 */
@ApplicationScoped
class FeedByMail {

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    NoiseFilter noise;

    @Inject
    Readers readers;

    void published(@Observes PostPublished event) {
        StoredPost post = em.find(StoredPost.class, event.postId());
        long author = event.authorId();
        boolean campus = post.getAudience() == PostAudience.CAMPUS;
        // From the author's connections and followers to their settings, by primary key each.
        @SuppressWarnings("unchecked")
        List<Object> subscribers = em.createNativeQuery("SELECT s.account_id FROM networking_edge e"
                        + " JOIN networking_notification_setting s ON s.account_id = e.other_id AND s.kind = ?1 AND s.delivery <> 'OFF'"
                        + " WHERE e.account_id = ?2"
                        + (campus ? " UNION SELECT s.account_id FROM networking_follow f JOIN networking_notification_setting s"
                        + " ON s.account_id = f.follower_id AND s.kind = ?1 AND s.delivery <> 'OFF'"
                        + " WHERE f.target_kind = 'ACCOUNT' AND f.target_id = ?2" : ""))
                .setParameter(1, NetworkingKinds.FEED_POST).setParameter(2, author).getResultList();
        if (subscribers.isEmpty()) {
            return;
        }
        String name = accounts.find(author).map(AccountSummary::displayName).orElse("Someone");
        String text = name + " posted: \u201c" + snippet(post.getBody()) + "\u201d";
        for (Object row : subscribers) {
            long reader = ((Number) row).longValue();
            if (noise.rules(reader).hides(author, post.getBody()) || !mayRead(reader, author, campus)) {
                continue;
            }
            notifications.notify(new Notice(reader, NetworkingKinds.FEED_POST, text, link(post.getId()), author));
        }
    }

    /** As in the feed: campus posts for campus members only; employers' people only see whom identity lets them. */
    private boolean mayRead(long reader, long author, boolean campus) {
        if (campus && !readers.campusMember(reader)) {
            return false;
        }
        return !readers.employerOnly(reader) || readers.mayName(author, reader, true);
    }

    static String link(long postId) {
        return "/networking/feed/post.xhtml?id=" + postId;
    }

    private static String snippet(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= 140 ? line : line.substring(0, line.offsetByCodePoints(0, 139)) + "\u2026";
    }
}
