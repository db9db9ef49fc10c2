package app.quad.platform.moderation;

import java.util.Objects;

/**
 * Moderation decided something about an item. Fired synchronously in moderation's transaction: the
 * module owning {@code target.kind()} observes it and hides, shows again or removes its own row, so
 * the decision and its effect commit together and moderation never writes another module's tables.
 *
 * @param caseId      the moderation case, or 0 for an automatic hold
 * @param moderatorId who decided, or 0 for an automatic rule
 */
public record ModerationDecision(long caseId, ReportTarget target, long authorId, ModerationAction action,
                                 String reason, long moderatorId) {

    public ModerationDecision {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
