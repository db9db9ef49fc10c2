package app.quad.networking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up why a member might know a candidate. A mutual connection counts 1/ln(e + their number
 * of connections), so someone connected to everybody says little about whether two people know
 * each other; the total is divided by 1 + ln(1 + candidate's connections / 200), so people with
 * huge networks do not crowd everyone's suggestions.
 */
final class SuggestionScore {

    static final double CLASSMATE = 1.5;

    private final Map<Long, Candidate> candidates = new HashMap<>();

    static final class Candidate {
        final long accountId;
        int mutual;
        double weight;
        int candidateDegree;
        final List<String> reasons = new ArrayList<>();

        Candidate(long accountId) {
            this.accountId = accountId;
        }

        double score() {
            return weight / (1 + Math.log1p(candidateDegree / 200.0));
        }
    }

    /** Mutual connections as one query gives them: their count and summed weights. */
    void mutual(long accountId, int count, double weight, int candidateDegree) {
        Candidate candidate = candidate(accountId);
        candidate.mutual = count;
        candidate.weight += weight;
        candidate.candidateDegree = candidateDegree;
    }

    /** What one mutual connection with this many connections counts (PeopleYouMayKnow sums it in SQL). */
    static double mutualWeight(int intermediaryDegree) {
        return 1 / Math.log(Math.E + intermediaryDegree);
    }

    void shared(long accountId, String reason, double weight) {
        Candidate candidate = candidate(accountId);
        candidate.weight += weight;
        candidate.reasons.add(reason);
    }

    /** The candidates, best first; ties go to the smaller id so the order is stable. */
    List<Candidate> ranked() {
        return candidates.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(c -> c.accountId))
                .toList();
    }

    static List<String> reasons(Candidate candidate) {
        List<String> reasons = new ArrayList<>();
        if (candidate.mutual == 1) {
            reasons.add("1 mutual connection");
        } else if (candidate.mutual > 1) {
            reasons.add(candidate.mutual + " mutual connections");
        }
        reasons.addAll(candidate.reasons);
        return reasons;
    }

    private Candidate candidate(long accountId) {
        return candidates.computeIfAbsent(accountId, Candidate::new);
    }
}
