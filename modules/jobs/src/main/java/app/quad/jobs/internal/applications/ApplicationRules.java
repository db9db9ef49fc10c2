package app.quad.jobs.internal.applications;

import app.quad.jobs.ApplicationStatus;
import app.quad.platform.Rejection;

import java.util.ArrayList;
import java.util.List;

/** The rules of an application that need no database. */
public final class ApplicationRules {

    static final int ANSWER_MAX = 2000;

    private ApplicationRules() {
    }

    /**
     * Whether the posting's people may move an application: forward along SUBMITTED → REVIEWED →
     * INTERVIEW → OFFER → HIRED (steps may be skipped), or to DECLINED, and never out of a final
     * status. Withdrawing is the student's alone.
     */
    public static boolean mayMove(ApplicationStatus from, ApplicationStatus to) {
        if (from.isFinal() || to == ApplicationStatus.SUBMITTED || to == ApplicationStatus.WITHDRAWN || from == to) {
            return false;
        }
        return to == ApplicationStatus.DECLINED || to.ordinal() > from.ordinal();
    }

    /** A student may withdraw until the application reaches a final status. */
    public static boolean mayWithdraw(ApplicationStatus status) {
        return !status.isFinal();
    }

    /** The answers, trimmed: one for each question, none blank or too long. */
    public static List<String> answers(List<String> questions, List<String> given) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String answer = given == null || i >= given.size() || given.get(i) == null ? "" : given.get(i).strip();
            if (answer.isEmpty()) {
                throw new Rejection("answers", "Answer every question, including \u201c" + questions.get(i) + "\u201d.");
            }
            if (answer.length() > ANSWER_MAX) {
                throw new Rejection("answers", "An answer can be at most " + ANSWER_MAX + " characters (the answer to \u201c"
                        + questions.get(i) + "\u201d has " + answer.length() + ").");
            }
            answers.add(answer);
        }
        return answers;
    }
}
