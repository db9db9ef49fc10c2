package app.quad.moderation;

import app.quad.platform.moderation.Screening;

/**
 * A staff rule for screening: a KEYWORD (word or phrase, matched without regard to case) or a LINK
 * (a host name, matched with its subdomains), which BLOCKs the text or HOLDs it for review.
 */
public record ScreeningRule(long id, Kind kind, String pattern, Screening.Verdict verdict) {

    public enum Kind { KEYWORD, LINK }
}
