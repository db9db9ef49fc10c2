package app.quad.platform.moderation;

/**
 * Automated defences, implemented by the moderation module: keyword and link rules, budgets for new
 * accounts, bursts, scam signals. A module asks before it publishes text, through
 * {@code Instance<ContentScreening>}, and publishes as usual when no implementation is deployed.
 */
public interface ContentScreening {

    /** Judges the submission; also counts it towards the author's budgets and burst detection. */
    Screening screen(Submission submission);

    /**
     * Opens a review case for an item the owner stored out of sight after a HOLD verdict, in the
     * caller's transaction. A moderator's later {@link ModerationDecision} shows or removes it.
     */
    void held(ReportTarget target, long authorId, Screening screening);
}
