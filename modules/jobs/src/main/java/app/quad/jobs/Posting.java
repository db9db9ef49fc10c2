package app.quad.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A posting as its reader may see it. {@code organisationId} is null for postings the career center
 * wrote itself; {@code rejectionReason} is shown to the posting's people; {@code heldSignals} to staff.
 */
public record Posting(long id, Long organisationId, String organisationName, Long authorId, String title,
                      String descriptionHtml, JobType type, String location, Remote remote, Integer payMin, Integer payMax,
                      PayPeriod payPeriod, List<String> majors, String gradYears, LocalDate deadline, ApplyMode applyMode,
                      String applyUrl, List<String> questions, PostingStatus status, boolean hidden, String rejectionReason,
                      String heldSignals, Instant createdAt, Instant publishedAt) {

    public Posting {
        majors = List.copyOf(majors);
        questions = List.copyOf(questions);
    }

    /** The pay as students see it, e.g. "$20–25 per hour" or "Unpaid". */
    public String pay() {
        if (payPeriod == PayPeriod.UNPAID) {
            return "Unpaid";
        }
        String range = payMax == null || payMax.equals(payMin) ? "$" + payMin : "$" + payMin + "\u2013" + payMax;
        return range + " " + payPeriod.label();
    }

    public PostingDraft draft() {
        return new PostingDraft(title, descriptionHtml, type, location, remote, payMin, payMax, payPeriod, majors, gradYears,
                deadline, applyMode, applyUrl, questions);
    }
}
