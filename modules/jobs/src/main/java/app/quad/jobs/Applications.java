package app.quad.jobs;

import app.quad.platform.ResultPage;

import java.util.List;
import java.util.Optional;

/**
 * Applications to postings that take them in Quad. A student applies once per posting with their
 * profile and a copy of their current résumé; the posting's organisation moves the application
 * along the pipeline, and the student is told of every change. Employers see only applications to
 * their own organisation's postings.
 */
public interface Applications {

    /**
     * Applies with the answers to the posting's screening questions, in order. A second call for
     * the same posting, even at the same moment, is refused (one application per student and posting).
     *
     * @return the application's id
     */
    long apply(long studentId, long postingId, List<String> answers);

    void withdraw(long studentId, long applicationId);

    /** The student's application to the posting, if any. */
    Optional<Application> ofStudent(long studentId, long postingId);

    /** The student's applications, newest first. */
    ResultPage<Application> mine(long studentId, int first, int max);

    /** Applications to the posting, optionally in one status, oldest first; empty for anyone who does not manage it. */
    ResultPage<Application> applicants(long actorId, long postingId, ApplicationStatus status, int first, int max);

    /** One application, for the student or the posting's people. */
    Optional<Application> find(long viewerId, long applicationId);

    /**
     * Moves applications to a status (bulk); each student is notified.
     *
     * @return how many changed
     */
    int move(long actorId, List<Long> applicationIds, ApplicationStatus status);
}
