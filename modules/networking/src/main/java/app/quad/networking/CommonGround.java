package app.quad.networking;

import java.util.List;

/**
 * Something two members share, which helps one of them judge the other's connection request or a
 * suggestion: "Both studied at State University", "Both in Robotics Club". Networking finds every
 * implementation; modules that know such things (groups, events) add one.
 */
public interface CommonGround {

    /**
     * What the viewer and the other person share, said to the viewer, using only what the viewer
     * may see of the other person.
     */
    List<String> between(long viewerId, long otherId);
}
