package app.quad.networking;

import java.time.Instant;
import java.util.List;

/**
 * A connection request waiting for an answer, with what the two have in common so that the
 * recipient can judge it (e.g. "3 mutual connections", "Both studied at State University").
 */
public record IncomingRequest(long requestId, long requesterId, String requesterName, String note, Instant sentAt,
                              List<String> commonGround) {

    public IncomingRequest {
        commonGround = List.copyOf(commonGround);
    }
}
