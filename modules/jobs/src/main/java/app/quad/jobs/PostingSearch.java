package app.quad.jobs;

import java.time.LocalDate;

/**
 * What a student looks for. Every part is optional: {@code text} is matched against title,
 * description and organisation; {@code minPay} applies to postings paid per {@code payPeriod};
 * {@code deadlineFrom} keeps postings still open on that day or later.
 */
public record PostingSearch(String text, JobType type, String location, Remote remote, String major, PayPeriod payPeriod,
                            Integer minPay, boolean paidOnly, LocalDate deadlineFrom, Sort sort) {

    public enum Sort {
        RELEVANCE("Best match"),
        NEWEST("Newest first"),
        DEADLINE("Deadline soonest");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public PostingSearch {
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static PostingSearch text(String text) {
        return new PostingSearch(text, null, null, null, null, null, null, false, null, Sort.RELEVANCE);
    }
}
