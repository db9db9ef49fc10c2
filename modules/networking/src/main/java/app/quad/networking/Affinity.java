package app.quad.networking;

import java.util.List;

/**
 * People a member shares something with that another module knows about, such as a group or an
 * event, for people-you-may-know. Groups and jobs implement it; networking adds up the weights.
 */
public interface Affinity {

    /** At most {@code max} people who share something with the member, the strongest first. */
    List<Shared> of(long memberId, int max);

    /**
     * @param reason what they share, said to the member: "Both in Robotics Club"
     * @param weight how much it counts; one mutual connection is about 1
     */
    record Shared(long accountId, String reason, double weight) {
    }
}
