package app.quad.networking;

import java.util.List;

/**
 * A member's controls against noise in their feed: mute a person or a keyword, or quiet mode
 * (connections' posts only). Nobody is told they were muted.
 */
public interface NoiseControls {

    /** @throws app.quad.platform.Rejection field {@code person} for oneself */
    void mutePerson(long memberId, long mutedId);

    void unmutePerson(long memberId, long mutedId);

    /** @throws app.quad.platform.Rejection field {@code keyword} for an empty or too long word */
    void muteKeyword(long memberId, String keyword);

    void unmuteKeyword(long memberId, String keyword);

    void quiet(long memberId, boolean quiet);

    Settings settings(long memberId);

    /** @param mutedPeople names by account id */
    record Settings(boolean quiet, List<String> keywords, java.util.Map<Long, String> mutedPeople) {
    }
}
