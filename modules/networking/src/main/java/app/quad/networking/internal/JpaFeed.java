package app.quad.networking.internal;

import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
import app.quad.identity.UploadKind;
import app.quad.identity.Uploads;
import app.quad.networking.Feed;
import app.quad.networking.FeedContributor;
import app.quad.networking.FeedCursor;
import app.quad.networking.FeedEntry;
import app.quad.networking.FeedPage;
import app.quad.networking.FeedPosition;
import app.quad.networking.Post;
import app.quad.networking.PostAudience;
import app.quad.networking.PostComment;
import app.quad.networking.PostImage;
import app.quad.networking.PostPublished;
import app.quad.networking.PostReported;
import app.quad.networking.Reaction;
import app.quad.platform.Rejection;
import app.quad.platform.ResultPage;
import app.quad.platform.moderation.ReportReason;
import app.quad.platform.moderation.Screening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaFeed implements Feed {

    /** A post's window and keyset position, the same in every branch of the home query. */
    private static final String WINDOW = " AND p.created_at >= ?2 AND (p.created_at < ?3 OR (p.created_at = ?3 AND p.id < ?4))"
            + " AND p.removed_at IS NULL AND p.author_suspended = FALSE AND p.hidden = FALSE";

    /** Comments moderators have not hidden or removed. */
    private static final String SHOWN = " AND c.hidden = FALSE AND c.removedAt IS NULL";

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Pairs pairs;

    @Inject
    Accounts accounts;

    @Inject
    NoiseFilter noise;

    @Inject
    Uploads uploads;

    @Inject
    Readers readers;

    @Inject
    Screens screens;

    @Inject
    Instance<FeedContributor> contributors;

    @Inject
    Event<PostPublished> published;

    @Inject
    Event<PostReported> reported;

    @Override
    @Transactional
    public long publish(long authorId, String text, PostAudience audience, PostImage image) {
        String body = PostText.checked("body", text);
        readers.requireVerifiedIfEmployer(authorId, "post");
        if (audience == null) {
            throw new Rejection("audience", "Choose who may see the post.");
        }
        StoredPost post = new StoredPost(authorId, body, audience, Instant.now());
        if (image != null) {
            String description = image.description() == null ? "" : image.description().strip();
            if (description.isEmpty()) {
                throw new Rejection("imageDescription", "Describe the image in a few words for people who cannot see it.");
            }
            if (description.length() > 300) {
                throw new Rejection("imageDescription", "Keep the description to 300 characters.");
            }
            // Refused files throw here, and the post is not kept either.
            post.attachImage(uploads.store(authorId, UploadKind.POST_IMAGE, image.fileName(), image.content()), description);
        }
        Screening verdict = screens.check(PostReported.KIND, authorId, body, "body");
        if (Screens.holds(verdict)) {
            post.hold();
        }
        em.persist(post);
        em.flush();
        if (Screens.holds(verdict)) {
            // Out of sight until a moderator looks: nobody is told of it yet.
            screens.held(PostReported.KIND, post.getId(), authorId, verdict);
        } else {
            published.fire(new PostPublished(post.getId(), authorId));
        }
        return post.getId();
    }

    @Override
    public FeedPage home(long memberId, FeedCursor cursor, int size) {
        Instant now = Instant.now();
        boolean quiet = noise.quiet(memberId);
        boolean campusMember = readers.campusMember(memberId);
        boolean employer = readers.employerOnly(memberId);
        List<FeedScreen.Candidate> heldBack = cursor.heldBack().isEmpty() ? List.of()
                : candidates(memberId, "SELECT p.id, p.author_id, p.created_at, p.body, 0 FROM networking_post p"
                        + " WHERE p.id IN (" + ids(cursor.heldBack()) + ") AND p.removed_at IS NULL AND p.author_suspended = FALSE"
                        + " AND p.hidden = FALSE ORDER BY p.created_at DESC, p.id DESC");
        int limit = size * 3 + 1;
        // Campus posts are for campus members, even when an employer's person is connected to the author.
        String sql = "SELECT p.id, p.author_id, p.created_at, p.body, 1 AS by_connection FROM networking_edge e"
                + " JOIN networking_post p ON p.author_id = e.other_id WHERE e.account_id = ?1" + WINDOW
                + (campusMember ? "" : " AND p.audience = 'CONNECTIONS'")
                + " UNION ALL SELECT p.id, p.author_id, p.created_at, p.body, 0 FROM networking_post p WHERE p.author_id = ?1" + WINDOW
                + (quiet || !campusMember ? "" : " UNION ALL SELECT p.id, p.author_id, p.created_at, p.body, 0 FROM networking_follow f"
                + " JOIN networking_post p ON p.author_id = f.target_id WHERE f.follower_id = ?1 AND f.target_kind = 'ACCOUNT'"
                + " AND p.audience = 'CAMPUS'" + WINDOW
                + " AND NOT EXISTS (SELECT 1 FROM networking_edge c WHERE c.account_id = ?1 AND c.other_id = p.author_id)")
                + " ORDER BY 3 DESC, 1 DESC LIMIT " + limit;
        Instant before = cursor.before() == null ? now.plusSeconds(1) : cursor.before();
        long beforeId = cursor.before() == null ? Long.MAX_VALUE : cursor.beforeId();
        List<FeedScreen.Candidate> fetched = candidates(memberId, sql, memberId, Timestamp.from(now.minus(Duration.ofDays(DAYS_SHOWN))),
                Timestamp.from(before), beforeId);
        if (employer) {
            heldBack = hideUnnameable(heldBack, memberId);
            fetched = hideUnnameable(fetched, memberId);
        }
        List<FeedScreen.Candidate> heldAndFetched = new ArrayList<>(heldBack);
        heldAndFetched.addAll(fetched);
        Map<Long, Integer> responses = responses(heldAndFetched.stream().map(FeedScreen.Candidate::postId).toList());
        FeedScreen.Result screen = FeedScreen.build(withResponses(heldBack, responses), withResponses(fetched, responses),
                size, PER_AUTHOR);
        boolean more = fetched.size() == limit || !screen.heldBack().isEmpty()
                || (screen.lastSeen() != null && fetched.indexOf(screen.lastSeen()) < fetched.size() - 1);
        FeedCursor next = !more ? null : screen.lastSeen() == null
                ? new FeedCursor(before, beforeId, screen.heldBack())
                : new FeedCursor(screen.lastSeen().at(), screen.lastSeen().postId(), screen.heldBack());
        List<Post> posts = new ArrayList<>();
        for (FeedScreen.Candidate candidate : screen.shown()) {
            StoredPost post = em.find(StoredPost.class, candidate.postId());
            if (post != null) {
                posts.add(view(post, memberId));
            }
        }
        if (quiet) {
            // Quiet mode is connections only: no other module's entries either.
            return new FeedPage(posts, next);
        }
        // The screen covers [where the next one starts, where this one started): consecutive screens tile
        // the two weeks, so every contributed entry lands on exactly one screen.
        Instant windowStart = next == null ? now.minus(Duration.ofDays(DAYS_SHOWN)) : next.before();
        FeedEntries.Screen entries = FeedEntries.screen(contributors, memberId, windowStart,
                cursor.entriesAfter() == null ? FeedPosition.before(before) : cursor.entriesAfter(), ENTRIES_PER_SCREEN);
        if (entries.goOnAfter() != null) {
            next = next == null ? new FeedCursor(windowStart, 0, List.of(), entries.goOnAfter())
                    : new FeedCursor(next.before(), next.beforeId(), next.heldBack(), entries.goOnAfter());
        }
        NoiseFilter.Rules rules = noise.rules(memberId);
        Map<Long, Boolean> nameable = new HashMap<>();
        List<FeedEntry> shown = entries.shown().stream()
                .filter(entry -> !rules.hides(entry.authorId(), entry.title() + "\n" + entry.text()))
                .filter(entry -> !employer || nameable.computeIfAbsent(entry.authorId(), author -> readers.mayName(author, memberId, true)))
                .toList();
        return new FeedPage(posts, shown, next);
    }

    /**
     * Rows of (id, author, created_at, body, by_connection), marking those the member keeps out:
     * muted people and words, people blocked either way.
     *
     * @param parameters the SQL's positional parameters
     */
    private List<FeedScreen.Candidate> candidates(long memberId, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        NoiseFilter.Rules rules = noise.rules(memberId);
        List<FeedScreen.Candidate> candidates = new ArrayList<>();
        for (Object[] row : rows) {
            long author = ((Number) row[1]).longValue();
            candidates.add(new FeedScreen.Candidate(((Number) row[0]).longValue(), author, Dates.instant(row[2]),
                    ((Number) row[4]).intValue() == 1, 0, rules.hides(author, (String) row[3])));
        }
        return candidates;
    }

    /** For an employer's people: authors they may not see (a student out of the directory) are passed over. */
    private List<FeedScreen.Candidate> hideUnnameable(List<FeedScreen.Candidate> candidates, long viewerId) {
        Map<Long, Boolean> nameable = new HashMap<>();
        return candidates.stream().map(c -> nameable.computeIfAbsent(c.authorId(), author -> readers.mayName(author, viewerId, true)) ? c
                : new FeedScreen.Candidate(c.postId(), c.authorId(), c.at(), c.byConnection(), c.responses(), true)).toList();
    }

    private static List<FeedScreen.Candidate> withResponses(List<FeedScreen.Candidate> candidates, Map<Long, Integer> responses) {
        return candidates.stream().map(c -> new FeedScreen.Candidate(c.postId(), c.authorId(), c.at(), c.byConnection(),
                responses.getOrDefault(c.postId(), 0), c.muted())).toList();
    }

    /** Reactions and comments per post, in two grouped queries. */
    private Map<Long, Integer> responses(List<Long> postIds) {
        Map<Long, Integer> responses = new HashMap<>();
        if (postIds.isEmpty()) {
            return responses;
        }
        for (String table : List.of("networking_post_reaction", "networking_post_comment")) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT post_id, COUNT(*) FROM " + table + " WHERE post_id IN ("
                    + ids(postIds) + ") GROUP BY post_id").getResultList();
            rows.forEach(row -> responses.merge(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), Integer::sum));
        }
        return responses;
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Optional<Post> post(long viewerId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        return post != null && maySee(viewerId, post) ? Optional.of(view(post, viewerId)) : Optional.empty();
    }

    private boolean maySee(long viewerId, StoredPost post) {
        if (!post.isUp()) {
            return false;
        }
        long author = post.getAuthorId();
        if (author == viewerId) {
            return true;
        }
        if (pairs.blockedEitherWay(viewerId, author)) {
            return false;
        }
        if (readers.employerOnly(viewerId) && !readers.mayName(author, viewerId, true)) {
            return false;
        }
        return post.getAudience() == PostAudience.CAMPUS ? readers.campusMember(viewerId) : pairs.connected(viewerId, author);
    }

    private Post view(StoredPost post, long viewerId) {
        Map<Reaction, Integer> reactions = new EnumMap<>(Reaction.class);
        Reaction mine = null;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT reaction, COUNT(*), SUM(account_id = ?) FROM networking_post_reaction"
                        + " WHERE post_id = ? GROUP BY reaction")
                .setParameter(1, viewerId).setParameter(2, post.getId()).getResultList();
        for (Object[] row : rows) {
            Reaction reaction = Reaction.valueOf((String) row[0]);
            reactions.put(reaction, ((Number) row[1]).intValue());
            if (((Number) row[2]).intValue() > 0) {
                mine = reaction;
            }
        }
        long comments = em.createQuery("SELECT COUNT(c) FROM StoredComment c WHERE c.postId = :post" + SHOWN, Long.class)
                .setParameter("post", post.getId()).getSingleResult();
        return new Post(post.getId(), post.getAuthorId(), nameOf(post.getAuthorId()), post.getBody(), post.getAudience(),
                post.getCreatedAt(), reactions, mine, (int) comments, post.getImageUploadId(), post.getImageAlt());
    }

    private String nameOf(long accountId) {
        return accounts.find(accountId).filter(account -> account.status() == AccountStatus.ACTIVE)
                .map(AccountSummary::displayName).orElse("A former member");
    }

    private StoredPost visible(long viewerId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(viewerId, post)) {
            throw new Rejection("post", "This post is no longer there.");
        }
        return post;
    }

    @Override
    @Transactional
    public long comment(long authorId, long postId, String text) {
        String body = PostText.checked("comment", text);
        StoredPost post = visible(authorId, postId);
        StoredComment comment = new StoredComment(post.getId(), authorId, body, Instant.now());
        Screening verdict = screens.check(CommentReportable.KIND, authorId, body, "comment");
        if (Screens.holds(verdict)) {
            comment.hold();
        }
        em.persist(comment);
        em.flush();
        if (Screens.holds(verdict)) {
            screens.held(CommentReportable.KIND, comment.getId(), authorId, verdict);
        }
        return comment.getId();
    }

    @Override
    public ResultPage<PostComment> comments(long viewerId, long postId, int first, int max) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || !maySee(viewerId, post)) {
            return new ResultPage<>(List.of(), 0);
        }
        List<StoredComment> found = em.createQuery("SELECT c FROM StoredComment c WHERE c.postId = :post" + SHOWN + " ORDER BY c.id",
                        StoredComment.class)
                .setParameter("post", postId).setFirstResult(first).setMaxResults(max).getResultList();
        long total = em.createQuery("SELECT COUNT(c) FROM StoredComment c WHERE c.postId = :post" + SHOWN, Long.class)
                .setParameter("post", postId).getSingleResult();
        // Comments by people the viewer may not see (blocked, suspended, or out of the directory for an employer) are left out.
        boolean employer = readers.employerOnly(viewerId);
        return new ResultPage<>(found.stream()
                .filter(comment -> !pairs.blockedEitherWay(viewerId, comment.getAuthorId())
                        && readers.mayName(comment.getAuthorId(), viewerId, employer))
                .map(comment -> new PostComment(comment.getId(), comment.getAuthorId(), nameOf(comment.getAuthorId()),
                        comment.getBody(), comment.getCreatedAt())).toList(), total);
    }

    @Override
    @Transactional
    public void react(long memberId, long postId, Reaction reaction) {
        visible(memberId, postId);
        em.createNativeQuery("DELETE FROM networking_post_reaction WHERE post_id = ? AND account_id = ?")
                .setParameter(1, postId).setParameter(2, memberId).executeUpdate();
        if (reaction != null) {
            em.createNativeQuery("INSERT INTO networking_post_reaction (post_id, account_id, reaction, created_at) VALUES (?, ?, ?, ?)")
                    .setParameter(1, postId).setParameter(2, memberId).setParameter(3, reaction.name())
                    .setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
        }
    }

    @Override
    @Transactional
    public void delete(long authorId, long postId) {
        StoredPost post = em.find(StoredPost.class, postId);
        if (post == null || post.getAuthorId() != authorId) {
            throw new Rejection("post", "Only its author can delete a post.");
        }
        for (String table : List.of("networking_post_reaction", "networking_post_comment", "networking_post_report")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE post_id = ?").setParameter(1, postId).executeUpdate();
        }
        if (post.getImageUploadId() != null) {
            uploads.delete(post.getImageUploadId());
        }
        // The feed-by-mail notices quote the post; they go with it.
        em.createNativeQuery("DELETE FROM networking_notification WHERE kind = ? AND link = ?")
                .setParameter(1, NetworkingKinds.FEED_POST).setParameter(2, FeedByMail.link(postId)).executeUpdate();
        em.remove(post);
    }

    @Override
    @Transactional
    public void report(long reporterId, long postId, ReportReason reason, String detail) {
        StoredPost post = visible(reporterId, postId);
        if (post.getAuthorId() == reporterId) {
            throw new Rejection("post", "You cannot report your own post; delete it instead.");
        }
        String text = ReportText.checked(reason, detail);
        int added = em.createNativeQuery("INSERT IGNORE INTO networking_post_report (post_id, reporter_id, reason, category, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, postId).setParameter(2, reporterId).setParameter(3, text.isEmpty() ? null : text)
                .setParameter(4, reason.name()).setParameter(5, Timestamp.from(Instant.now())).executeUpdate();
        if (added > 0) {
            reported.fire(new PostReported(postId, reporterId, post.getAuthorId(), reason, text));
        }
    }
}
