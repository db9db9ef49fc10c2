package app.quad.networking.internal;

import app.quad.identity.Classmate;
import app.quad.identity.Profiles;
import app.quad.networking.Affinity;
import app.quad.networking.Suggestions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
class PeopleYouMayKnow implements Suggestions {

    /** How many friends of friends are weighed; enough for a page of suggestions after exclusions. */
    private static final int CANDIDATES = 300;

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    @Any
    Instance<Affinity> affinities;

    @Override
    public List<Suggestion> forMember(long memberId, int max) {
        SuggestionScore score = new SuggestionScore();
        friendsOfFriends(memberId, score);
        for (Classmate classmate : profiles.classmates(memberId, 50)) {
            score.shared(classmate.accountId(), "Both in " + classmate.program(), SuggestionScore.CLASSMATE);
        }
        affinities.forEach(affinity -> affinity.of(memberId, 50)
                .forEach(shared -> score.shared(shared.accountId(), shared.reason(), shared.weight())));

        Set<Long> excluded = excluded(memberId);
        List<SuggestionScore.Candidate> ranked = score.ranked().stream()
                .filter(candidate -> candidate.accountId != memberId && !excluded.contains(candidate.accountId))
                .toList();
        List<Suggestion> suggestions = new ArrayList<>();
        // Identity decides who may be listed (directory opt-out, visibility) a batch at a time, in one query each.
        for (int from = 0; from < ranked.size() && suggestions.size() < max; from += max * 2) {
            List<SuggestionScore.Candidate> batch = ranked.subList(from, Math.min(ranked.size(), from + max * 2));
            Map<Long, String> listable = profiles.listable(memberId, batch.stream().map(candidate -> candidate.accountId).toList());
            for (SuggestionScore.Candidate candidate : batch) {
                String name = listable.get(candidate.accountId);
                if (name != null && suggestions.size() < max) {
                    suggestions.add(new Suggestion(candidate.accountId, name, SuggestionScore.reasons(candidate)));
                }
            }
        }
        return suggestions;
    }

    /**
     * Sums the mutual connections' weights in SQL (as SuggestionScore.mutualWeight does), keeps the
     * best few hundred, then damps those by their own number of connections in Java: joining every
     * friend of a friend to their member row would cost one look-up per row.
     */
    private void friendsOfFriends(long memberId, SuggestionScore score) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT second.other_id, COUNT(*), SUM(1 / LN(EXP(1) + middle.degree)) AS weight"
                        + " FROM networking_edge first"
                        + " JOIN networking_member middle ON middle.account_id = first.other_id"
                        + " JOIN networking_edge second ON second.account_id = first.other_id"
                        + " WHERE first.account_id = ? AND second.other_id <> ?"
                        + " AND NOT EXISTS (SELECT 1 FROM networking_edge mine WHERE mine.account_id = ? AND mine.other_id = second.other_id)"
                        + " GROUP BY second.other_id ORDER BY weight DESC, second.other_id LIMIT " + CANDIDATES)
                .setParameter(1, memberId).setParameter(2, memberId).setParameter(3, memberId)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        String ids = rows.stream().map(row -> String.valueOf(((Number) row[0]).longValue())).collect(Collectors.joining(","));
        Map<Long, Integer> degrees = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("SELECT account_id, degree FROM networking_member WHERE account_id IN (" + ids + ")")
                .getResultList();
        members.forEach(member -> degrees.put(((Number) member[0]).longValue(), ((Number) member[1]).intValue()));
        for (Object[] row : rows) {
            long candidate = ((Number) row[0]).longValue();
            score.mutual(candidate, ((Number) row[1]).intValue(), ((Number) row[2]).doubleValue(), degrees.getOrDefault(candidate, 0));
        }
    }

    /** Blocked either way, an open request either way, dismissed: one query for all. */
    private Set<Long> excluded(long memberId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(
                        "SELECT blocked_id FROM networking_block WHERE blocker_id = ?1"
                                + " UNION SELECT blocker_id FROM networking_block WHERE blocked_id = ?1"
                                + " UNION SELECT recipient_id FROM networking_connection_request WHERE requester_id = ?1 AND status IN ('PENDING', 'DECLINED')"
                                + " UNION SELECT requester_id FROM networking_connection_request WHERE recipient_id = ?1 AND status = 'PENDING'"
                                + " UNION SELECT suggested_id FROM networking_dismissed_suggestion WHERE member_id = ?1"
                                + " UNION SELECT other_id FROM networking_edge WHERE account_id = ?1")
                .setParameter(1, memberId).getResultList();
        Set<Long> excluded = new HashSet<>();
        rows.forEach(row -> excluded.add(((Number) row).longValue()));
        return excluded;
    }

    @Override
    @Transactional
    public void dismiss(long memberId, long suggestedId) {
        em.createNativeQuery("INSERT IGNORE INTO networking_dismissed_suggestion (member_id, suggested_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId).setParameter(2, suggestedId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
    }
}
