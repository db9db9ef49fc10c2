package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.Role;
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
import java.util.Set;

/**
 * The feed as a digest, for those who would rather read it by e-mail: a new post becomes a notice
 * of kind {@code feed.post} for each of its readers who chose a delivery for that kind (it is off
 * by default), so the digest lists it. Only they are looked at, so a post by someone with many
 * followers costs one query.
 */
@ApplicationScoped
class FeedByMail {

    private static final Set<Role> CAMPUS = Set.of(Role.STUDENT, Role.ALUMNI, Role.STAFF, Role.MODERATOR, Role.ADMIN);

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Accounts accounts;

    @Inject
    NoiseFilter noise;

    void published(@Observes PostPublished event) {
        StoredPost post = em.find(StoredPost.class, event.postId());
        long author = event.authorId();
        boolean campus = post.getAudience() == PostAudience.CAMPUS;
        @SuppressWarnings("unchecked")
        List<Object> readers = em.createNativeQuery("SELECT s.account_id FROM networking_notification_setting s"
                        + " WHERE s.kind = ?1 AND s.delivery <> 'OFF' AND (s.account_id IN"
                        + " (SELECT other_id FROM networking_edge WHERE account_id = ?2)"
                        + (campus ? " OR s.account_id IN (SELECT follower_id FROM networking_follow WHERE target_kind = 'ACCOUNT' AND target_id = ?2)" : "")
                        + ")")
                .setParameter(1, NetworkingKinds.FEED_POST).setParameter(2, author).getResultList();
        if (readers.isEmpty()) {
            return;
        }
        String name = accounts.find(author).map(AccountSummary::displayName).orElse("Someone");
        String text = name + " posted: \u201c" + snippet(post.getBody()) + "\u201d";
        for (Object row : readers) {
            long reader = ((Number) row).longValue();
            if (noise.rules(reader).hides(author, post.getBody()) || (campus && !mayRead(reader, author))) {
                continue;
            }
            notifications.notify(new Notice(reader, NetworkingKinds.FEED_POST, text, "/networking/feed/post.xhtml?id=" + post.getId(), author));
        }
    }

    /** A follower reads a campus post only as a campus member; connections read everything. */
    private boolean mayRead(long reader, long author) {
        boolean connected = !em.createNativeQuery("SELECT 1 FROM networking_edge WHERE account_id = ? AND other_id = ?")
                .setParameter(1, reader).setParameter(2, author).getResultList().isEmpty();
        return connected || accounts.find(reader).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(account -> account.roles().stream().anyMatch(CAMPUS::contains)).orElse(false);
    }

    private static String snippet(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= 140 ? line : line.substring(0, line.offsetByCodePoints(0, 139)) + "\u2026";
    }
}
