package app.quad.moderation;

import app.quad.platform.moderation.ModerationAction;

import java.time.Instant;

/**
 * One action taken on a case.
 *
 * @param moderatorId who took it, or null for an automatic one (or a moderator who has since left)
 * @param until       the end of a suspension, else null
 */
public record CaseAction(ModerationAction action, String reason, Long moderatorId, String moderatorName, Instant until, Instant at) {
}
