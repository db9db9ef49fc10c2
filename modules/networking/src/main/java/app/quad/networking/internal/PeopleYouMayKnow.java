package app.quad.networking.internal;

import app.quad.identity.AccountSummary;
import app.quad.identity.Accounts;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
class PeopleYouMayKnow implements Suggestions {

    /** How many friends of friends are weighed; enough for a page of suggestions after exclusions. */
    private static final int CANDIDATES = 200;

    @PersistenceContext(unitName = "networking")
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

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
        List<Suggestion> suggestions = new ArrayList<>();
        for (SuggestionScore.Candidate candidate : score.ranked()) {
            if (suggestions.size() == max) {
                break;
            }
            long other = candidate.accountId;
            // Last, because they are the dearest checks. Out of the directory means out of every listing.
            if (other == memberId || excluded.contains(other) || !profiles.visibleTo(other, memberId)
                    || profiles.isDirectoryOptOut(other)) {
                continue;
            }
            AccountSummary account = accounts.find(other).orElse(null);
            if (account != null) {
                suggestions.add(new Suggestion(other, account.displayName(), SuggestionScore.reasons(candidate)));
            }
        }
        return suggestions;
    }

    /** Weighs in SQL exactly as SuggestionScore.mutualWeight and Candidate.score do, to keep the best 200. */
    private void friendsOfFriends(long memberId, SuggestionScore score) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT second.other_id, COUNT(*), SUM(1 / LN(EXP(1) + middle.degree)),"
                        + " MAX(candidate.degree)"
                        + " FROM networking_edge first"
                        + " JOIN networking_member middle ON middle.account_id = first.other_id"
                        + " JOIN networking_edge second ON second.account_id = first.other_id"
                        + " JOIN networking_member candidate ON candidate.account_id = second.other_id"
                        + " WHERE first.account_id = ? AND second.other_id <> ?"
                        + " AND NOT EXISTS (SELECT 1 FROM networking_edge mine WHERE mine.account_id = ? AND mine.other_id = second.other_id)"
                        + " GROUP BY second.other_id"
                        + " ORDER BY SUM(1 / LN(EXP(1) + middle.degree)) / (1 + LN(1 + MAX(candidate.degree) / 200)) DESC, second.other_id"
                        + " LIMIT " + CANDIDATES)
                .setParameter(1, memberId).setParameter(2, memberId).setParameter(3, memberId)
                .getResultList();
        for (Object[] row : rows) {
            score.mutual(((Number) row[0]).longValue(), ((Number) row[1]).intValue(), ((Number) row[2]).doubleValue(),
                    ((Number) row[3]).intValue());
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
