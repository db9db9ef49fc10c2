package app.quad.identity;

/**
 * How complete a profile is, in whole percent, and the most useful thing to add next (null when
 * nothing is missing).
 */
public record Completeness(int percent, String nextStep) {
}
