package app.quad.jobs.internal.postings;

import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.Remote;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingQueryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void termsAreRequiredPrefixesWithoutOperatorsShortWordsOrStopwords() {
        assertEquals("+data* +science*", PostingQuery.terms("Data  science"));
        assertEquals("+robot* +drop* +table*", PostingQuery.terms("robot\") -drop* +table @x ~ <"), "operators are never passed through");
        assertEquals("+intern* +lab*", PostingQuery.terms("an intern in the lab"));
        assertEquals("+café*", PostingQuery.terms("Café"));
        assertNull(PostingQuery.terms("a to of"), "nothing left to search for");
        assertNull(PostingQuery.terms(null));
        assertEquals(10, PostingQuery.terms("one two three four five six seven eight nine ten eleven twelve thirteen").split(" ").length);
    }

    @Test
    void noTextMeansLivePostingsNewestFirst() {
        PostingQuery query = PostingQuery.of(PostingSearch.text(""), TODAY);
        assertEquals("p.status = 'PUBLISHED' AND p.hidden = FALSE AND p.deadline >= ?", query.where());
        assertEquals(List.of(Date.valueOf(TODAY)), query.params());
        assertEquals("p.published_at DESC, p.id DESC", query.orderBy());
        assertTrue(query.orderParams().isEmpty());
    }

    @Test
    void textSortsByRelevanceAndEveryFilterIsABoundParameter() {
        PostingSearch search = new PostingSearch("machine learning", JobType.INTERNSHIP, "Bos%ton", Remote.REMOTE, "Computer Science",
                PayPeriod.HOUR, 20, true, TODAY.plusDays(7), PostingSearch.Sort.RELEVANCE);
        PostingQuery query = PostingQuery.of(search, TODAY);
        assertTrue(query.where().contains("MATCH (p.title, p.description_text, p.organisation_name) AGAINST (? IN BOOLEAN MODE)"));
        assertTrue(query.where().contains("p.job_type = ?"));
        assertTrue(query.where().contains("p.remote = ?"));
        assertTrue(query.where().contains("p.location LIKE ?"));
        assertTrue(query.where().contains("p.all_majors = TRUE OR EXISTS"));
        assertTrue(query.where().contains("p.pay_period <> 'UNPAID'"));
        assertTrue(query.where().contains("COALESCE(p.pay_max, p.pay_min) >= ?"));
        assertFalse(query.where().contains("Bos"), "no value is written into the SQL");
        assertEquals(List.of(Date.valueOf(TODAY.plusDays(7)), "+machine* +learning*", "INTERNSHIP", "REMOTE", "%Bos\\%ton%",
                "Computer Science", "HOUR", 20), query.params());
        assertTrue(query.orderBy().startsWith("MATCH"));
        assertEquals(List.of("+machine* +learning*"), query.orderParams());
    }

    @Test
    void sortsByDeadlineOrDateOnRequestAndNeverLooksBeforeToday() {
        PostingSearch byDeadline = new PostingSearch("data", null, null, null, null, null, null, false, TODAY.minusDays(30),
                PostingSearch.Sort.DEADLINE);
        PostingQuery query = PostingQuery.of(byDeadline, TODAY);
        assertEquals("p.deadline, p.id DESC", query.orderBy());
        assertEquals(Date.valueOf(TODAY), query.params().get(0), "expired postings are never found");
        PostingSearch newest = new PostingSearch("data", null, null, null, null, null, 30, false, null, PostingSearch.Sort.NEWEST);
        assertEquals("p.published_at DESC, p.id DESC", PostingQuery.of(newest, TODAY).orderBy());
        assertFalse(PostingQuery.of(newest, TODAY).where().contains("COALESCE"), "a minimum pay needs its period");
    }
}
