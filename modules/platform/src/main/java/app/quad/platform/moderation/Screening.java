package app.quad.platform.moderation;

import java.util.List;

/**
 * The verdict on a {@link Submission}.
 *
 * @param signals why, in words a moderator or the author can read; empty when allowed
 */
public record Screening(Verdict verdict, List<String> signals) {

    public enum Verdict {
        /** Publish as usual. */
        ALLOW,
        /** Store it out of sight and report it with {@link ContentScreening#held}; a moderator decides. */
        HOLD,
        /** Refuse it; the signals say why, for the author's field message. */
        BLOCK
    }

    public Screening {
        signals = List.copyOf(signals);
    }

    public static Screening allow() {
        return new Screening(Verdict.ALLOW, List.of());
    }
}
