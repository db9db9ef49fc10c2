package app.quad.networking.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SuggestionScoreTest {

    private static void mutuals(SuggestionScore score, long candidate, int count, int intermediaryDegree, int candidateDegree) {
        score.mutual(candidate, count, count * SuggestionScore.mutualWeight(intermediaryDegree), candidateDegree);
    }

    private static List<Long> order(SuggestionScore score) {
        return score.ranked().stream().map(candidate -> candidate.accountId).toList();
    }

    @Test
    void moreMutualConnectionsRankHigher() {
        SuggestionScore score = new SuggestionScore();
        mutuals(score, 1, 2, 40, 40);
        mutuals(score, 2, 5, 40, 40);
        assertEquals(List.of(2L, 1L), order(score));
    }

    @Test
    void mutualConnectionsWhoKnowEverybodyCountLess() {
        SuggestionScore score = new SuggestionScore();
        mutuals(score, 1, 3, 5_000, 40);
        mutuals(score, 2, 2, 40, 40);
        assertEquals(List.of(2L, 1L), order(score), "two ordinary mutual friends beat three shared hubs");
    }

    @Test
    void candidatesWithHugeNetworksAreWeighedDown() {
        SuggestionScore score = new SuggestionScore();
        mutuals(score, 1, 4, 40, 8_000);
        mutuals(score, 2, 3, 40, 60);
        assertEquals(List.of(2L, 1L), order(score));
    }

    @Test
    void sharedProgramsAndGroupsAddUpWithMutualConnectionsAndSayWhy() {
        SuggestionScore score = new SuggestionScore();
        mutuals(score, 1, 1, 40, 40);
        mutuals(score, 2, 1, 40, 40);
        score.shared(2, "Both in Robotics Club", 1.0);
        score.shared(3, "Both in Data Science, class of 2027", SuggestionScore.CLASSMATE);
        assertEquals(List.of(3L, 2L, 1L), order(score));
        SuggestionScore.Candidate robotics = score.ranked().get(1);
        assertEquals(List.of("1 mutual connection", "Both in Robotics Club"), SuggestionScore.reasons(robotics));
    }

    @Test
    void tiesKeepAStableOrder() {
        SuggestionScore score = new SuggestionScore();
        mutuals(score, 9, 2, 40, 40);
        mutuals(score, 4, 2, 40, 40);
        assertEquals(List.of(4L, 9L), order(score));
    }
}
