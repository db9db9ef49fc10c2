package app.quad.networking;

import java.time.Instant;

public record BlockedMember(long accountId, String displayName, Instant since) {
}
