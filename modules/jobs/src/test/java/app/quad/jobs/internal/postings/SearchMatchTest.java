package app.quad.jobs.internal.postings;

import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Remote;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchMatchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Posting posting(PostingStatus status, List<String> majors, PayPeriod period, Integer min, Integer max) {
        return new Posting(1, 2L, "Acme Robotics", 3L, "Embedded software intern", "<p>Write <b>firmware</b> for rovers.</p>",
                JobType.INTERNSHIP, "Boston, MA", Remote.HYBRID, min, max, period, majors, "", TODAY.plusDays(5), ApplyMode.IN_QUAD, null,
                List.of(), status, false, null, null, Instant.now(), Instant.now());
    }

    private static PostingSearch search(String text, JobType type, String location, String major, PayPeriod period, Integer minPay,
                                        boolean paidOnly) {
        return new PostingSearch(text, type, location, null, major, period, minPay, paidOnly, null, null);
    }

    @Test
    void wordsMustBeginWordsOfTitleDescriptionOrOrganisation() {
        Posting posting = posting(PostingStatus.PUBLISHED, List.of(), PayPeriod.HOUR, 20, 30);
        assertTrue(SearchMatch.matches(search("firm rover", null, null, null, null, null, false), posting, TODAY));
        assertTrue(SearchMatch.matches(search("ACME embedded", null, null, null, null, null, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search("firmware python", null, null, null, null, null, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search("ware", null, null, null, null, null, false), posting, TODAY), "beginnings only, as the index");
        assertTrue(SearchMatch.matches(search("the of", null, null, null, null, null, false), posting, TODAY), "stopwords are ignored");
    }

    @Test
    void filtersHoldAsInTheQuery() {
        Posting posting = posting(PostingStatus.PUBLISHED, List.of("Computer Science"), PayPeriod.HOUR, 20, 30);
        assertTrue(SearchMatch.matches(search(null, JobType.INTERNSHIP, "boston", "computer science", PayPeriod.HOUR, 25, true), posting, TODAY));
        assertFalse(SearchMatch.matches(search(null, JobType.FULL_TIME, null, null, null, null, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search(null, null, "Denver", null, null, null, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search(null, null, null, "History", null, null, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search(null, null, null, null, PayPeriod.HOUR, 31, false), posting, TODAY));
        assertFalse(SearchMatch.matches(search(null, null, null, null, PayPeriod.YEAR, 10, false), posting, TODAY));
        Posting unpaid = posting(PostingStatus.PUBLISHED, List.of(), PayPeriod.UNPAID, null, null);
        assertFalse(SearchMatch.matches(search(null, null, null, null, null, null, true), unpaid, TODAY));
        assertTrue(SearchMatch.matches(search(null, null, null, "History", null, null, false), unpaid, TODAY), "no majors: every major");
        assertFalse(SearchMatch.matches(search(null, null, null, null, null, null, false),
                posting(PostingStatus.CLOSED, List.of(), PayPeriod.HOUR, 20, 30), TODAY));
    }
}
