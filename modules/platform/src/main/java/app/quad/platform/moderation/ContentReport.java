package app.quad.platform.moderation;

/**
 * Implemented by the event a module fires, in the reporting transaction, when a member reports one
 * of its things (such as {@code PostReported}). The moderation module observes this interface, so it
 * needs no module's classes to hear about reports.
 */
public interface ContentReport {

    ReportTarget target();

    long reporterId();

    ReportReason reason();

    /** The reporter's own words, possibly empty; required by the reporting page when the reason is OTHER. */
    String detail();
}
