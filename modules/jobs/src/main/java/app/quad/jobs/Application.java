package app.quad.jobs;

import java.time.Instant;
import java.util.List;

/**
 * One student's application to one posting, as the student or the posting's people see it.
 *
 * @param resumeUploadId the copy of the résumé kept with the application, or null without one
 */
public record Application(long id, long postingId, String postingTitle, String organisationName, long studentId,
                          String studentName, ApplicationStatus status, Long resumeUploadId, List<Answer> answers,
                          Instant submittedAt, Instant updatedAt) {

    public record Answer(String question, String answer) {
    }

    public Application {
        answers = List.copyOf(answers);
    }
}
