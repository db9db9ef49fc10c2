package app.quad.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * What an employer or staff member writes. {@code descriptionHtml} is rich text, sanitised when
 * stored. {@code payMin}/{@code payMax} are whole currency units; both are empty for UNPAID.
 * Empty {@code majors} means every major. {@code deadline} is the last day to apply.
 */
public record PostingDraft(String title, String descriptionHtml, JobType type, String location, Remote remote,
                           Integer payMin, Integer payMax, PayPeriod payPeriod, List<String> majors, String gradYears,
                           LocalDate deadline, ApplyMode applyMode, String applyUrl, List<String> questions) {

    public PostingDraft {
        majors = majors == null ? List.of() : List.copyOf(majors);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
