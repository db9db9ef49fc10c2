package app.quad.networking;

import java.util.List;

/**
 * People you may know: friends of friends (each mutual connection counts less when that person
 * knows everybody, and a candidate with a huge network is weighed down), the same program and
 * year, and what other modules know two people share ({@link Affinity}). Never suggested: oneself,
 * connections, people with an open request either way, blocked people either way, people who left
 * the directory or whom the member may not see, and dismissed suggestions.
 */
public interface Suggestions {

    List<Suggestion> forMember(long memberId, int max);

    /** The person is not suggested to this member again. */
    void dismiss(long memberId, long suggestedId);

    /** @param reasons why, for the member: "4 mutual connections", "Both in Robotics Club" */
    record Suggestion(long accountId, String displayName, List<String> reasons) {

        public Suggestion {
            reasons = List.copyOf(reasons);
        }
    }
}
