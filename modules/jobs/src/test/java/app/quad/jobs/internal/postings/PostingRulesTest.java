package app.quad.jobs.internal.postings;

import app.quad.jobs.PostingStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PostingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void aRestoredPostingGetsBackTheStatusItHad() {
        for (PostingStatus before : new PostingStatus[] {PostingStatus.DRAFT, PostingStatus.SUBMITTED, PostingStatus.HELD,
                PostingStatus.REJECTED, PostingStatus.PUBLISHED, PostingStatus.CLOSED}) {
            assertEquals(before, PostingRules.restored(before, true, TODAY, TODAY, true), before.name());
        }
    }

    @Test
    void aPublishedPostingWhoseDeadlinePassedMeanwhileComesBackClosed() {
        assertEquals(PostingStatus.CLOSED, PostingRules.restored(PostingStatus.PUBLISHED, true, TODAY.minusDays(1), TODAY, true));
        assertEquals(PostingStatus.SUBMITTED, PostingRules.restored(PostingStatus.SUBMITTED, false, TODAY.minusDays(1), TODAY, true),
                "staff's approval checks the deadline itself");
    }

    @Test
    void anOrganisationTurnedDownMeanwhileLeavesItAsTheRejectionWould() {
        assertEquals(PostingStatus.CLOSED, PostingRules.restored(PostingStatus.PUBLISHED, true, TODAY, TODAY, false));
        assertEquals(PostingStatus.DRAFT, PostingRules.restored(PostingStatus.SUBMITTED, false, TODAY, TODAY, false));
        assertEquals(PostingStatus.DRAFT, PostingRules.restored(PostingStatus.HELD, false, TODAY, TODAY, false));
        assertEquals(PostingStatus.REJECTED, PostingRules.restored(PostingStatus.REJECTED, false, TODAY, TODAY, false));
    }

    @Test
    void aPostingRemovedBeforeItsStatusWasKeptGoesBackByWhetherItWasEverPublished() {
        assertEquals(PostingStatus.PUBLISHED, PostingRules.restored(null, true, TODAY, TODAY, true));
        assertEquals(PostingStatus.SUBMITTED, PostingRules.restored(null, false, TODAY, TODAY, true));
        assertEquals(PostingStatus.CLOSED, PostingRules.restored(null, true, TODAY.minusDays(3), TODAY, true));
    }
}
