package app.quad.jobs.internal.postings;

import app.quad.jobs.ApplyMode;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.PostingDraft;
import app.quad.jobs.PostingStatus;
import app.quad.jobs.Remote;
import app.quad.platform.Rejection;
import app.quad.platform.moderation.Screening;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PostingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PostingDraft draft(JobType type, Integer min, Integer max, PayPeriod period, LocalDate deadline) {
        return new PostingDraft("  Data   intern ", "<p>Work with <b>data</b><script>alert(1)</script></p>", type, "Boston", Remote.HYBRID,
                min, max, period, List.of(" Computer Science ", "", "Computer Science"), "2027", deadline, ApplyMode.IN_QUAD, null,
                List.of("Why us?", " "));
    }

    private static void refused(String field, String message, Runnable action) {
        Rejection rejection = assertThrows(Rejection.class, action::run);
        assertEquals(field, rejection.field());
        assertEquals(message, rejection.getMessage());
    }

    @Test
    void aValidDraftIsCleanedAndSanitised() {
        PostingDraft checked = PostingRules.check(draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, TODAY), TODAY);
        assertEquals("Data intern", checked.title());
        assertFalse(checked.descriptionHtml().contains("script"));
        assertTrue(checked.descriptionHtml().contains("<b>data</b>"));
        assertEquals(List.of("Computer Science"), checked.majors());
        assertEquals(List.of("Why us?"), checked.questions());
    }

    @Test
    void payIsRequiredAndItsRangeOrdered() {
        refused("payMax", "The highest pay (10) is below the lowest pay (20).",
                () -> PostingRules.check(draft(JobType.FULL_TIME, 20, 10, PayPeriod.HOUR, TODAY), TODAY));
        refused("payMin", "Enter the lowest pay (students see it), or choose Unpaid for an unpaid internship.",
                () -> PostingRules.check(draft(JobType.FULL_TIME, null, 10, PayPeriod.HOUR, TODAY), TODAY));
        refused("payPeriod", "Only internships can be unpaid; enter the pay for this job.",
                () -> PostingRules.check(draft(JobType.FULL_TIME, null, null, PayPeriod.UNPAID, TODAY), TODAY));
        refused("payPeriod", "Choose how the pay is counted (per hour, month or year), or Unpaid for an unpaid internship.",
                () -> PostingRules.check(draft(JobType.FULL_TIME, 10, 20, null, TODAY), TODAY));
        refused("payMin", "The lowest pay must be a whole amount above 0.",
                () -> PostingRules.check(draft(JobType.FULL_TIME, -5, 20, PayPeriod.YEAR, TODAY), TODAY));
        PostingDraft unpaid = PostingRules.check(draft(JobType.INTERNSHIP, 5, 9, PayPeriod.UNPAID, TODAY), TODAY);
        assertNull(unpaid.payMin(), "an unpaid internship keeps no figures");
        assertEquals(20, PostingRules.check(draft(JobType.PART_TIME, 20, null, PayPeriod.HOUR, TODAY), TODAY).payMin());
    }

    @Test
    void theDeadlineIsTodayOrLaterButWithinAYear() {
        refused("deadline", "The deadline 2026-11-22 is in the past; choose today or a later day.",
                () -> PostingRules.check(draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, TODAY.minusDays(1)), TODAY));
        refused("deadline", "The deadline can be at most a year ahead.",
                () -> PostingRules.check(draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, TODAY.plusDays(400)), TODAY));
        refused("deadline", "Enter the last day students can apply.",
                () -> PostingRules.check(draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, null), TODAY));
    }

    @Test
    void externalApplicationsNeedAWebAddress() {
        PostingDraft base = draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, TODAY);
        PostingDraft external = new PostingDraft(base.title(), base.descriptionHtml(), base.type(), base.location(), base.remote(),
                20, 25, PayPeriod.HOUR, List.of(), "", TODAY, ApplyMode.EXTERNAL, "javascript:alert(1)", List.of("dropped"));
        refused("applyUrl", "Enter the full address of the page where students apply, starting with https://.",
                () -> PostingRules.check(external, TODAY));
        PostingDraft fixed = new PostingDraft(base.title(), base.descriptionHtml(), base.type(), base.location(), base.remote(),
                20, 25, PayPeriod.HOUR, List.of(), "", TODAY, ApplyMode.EXTERNAL, " https://jobs.example.com/42 ", List.of("dropped"));
        PostingDraft checked = PostingRules.check(fixed, TODAY);
        assertEquals("https://jobs.example.com/42", checked.applyUrl());
        assertEquals(List.of(), checked.questions(), "questions are for applications in Quad");
    }

    @Test
    void textFieldsAreRequiredAndLimited() {
        PostingDraft base = draft(JobType.INTERNSHIP, 20, 25, PayPeriod.HOUR, TODAY);
        refused("title", "The title is required.", () -> PostingRules.check(new PostingDraft(" ", base.descriptionHtml(), base.type(),
                base.location(), base.remote(), 20, 25, PayPeriod.HOUR, List.of(), "", TODAY, ApplyMode.IN_QUAD, null, List.of()), TODAY));
        refused("description", "Describe the job: what the work is and who you are looking for.",
                () -> PostingRules.check(new PostingDraft("T", "<script>x</script>", base.type(), base.location(), base.remote(), 20, 25,
                        PayPeriod.HOUR, List.of(), "", TODAY, ApplyMode.IN_QUAD, null, List.of()), TODAY));
        refused("questions", "Ask at most 5 screening questions.",
                () -> PostingRules.check(new PostingDraft("T", "D", base.type(), base.location(), base.remote(), 20, 25,
                        PayPeriod.HOUR, List.of(), "", TODAY, ApplyMode.IN_QUAD, null, List.of("1", "2", "3", "4", "5", "6")), TODAY));
    }

    @Test
    void theStrictestScreeningVerdictWins() {
        Screening hold = new Screening(Screening.Verdict.HOLD, List.of("new account posting a pay far above the market"));
        Screening block = new Screening(Screening.Verdict.BLOCK, List.of("asks applicants for a fee"));
        assertEquals(Screening.Verdict.ALLOW, PostingRules.strictest(List.of()).verdict(), "nothing deployed: allowed");
        assertEquals(hold, PostingRules.strictest(List.of(Screening.allow(), hold)));
        assertEquals(block, PostingRules.strictest(List.of(hold, block, Screening.allow())));
    }

    @Test
    void lifecycleTransitions() {
        assertTrue(PostingRules.editable(PostingStatus.DRAFT));
        assertTrue(PostingRules.editable(PostingStatus.REJECTED));
        assertFalse(PostingRules.editable(PostingStatus.SUBMITTED));
        assertFalse(PostingRules.editable(PostingStatus.PUBLISHED));
        assertFalse(PostingRules.submittable(PostingStatus.HELD));
        assertEquals(PostingStatus.SUBMITTED, PostingRules.afterSubmit(false, false, false));
        assertEquals(PostingStatus.PUBLISHED, PostingRules.afterSubmit(false, false, true), "trusted verified employers publish at once");
        assertEquals(PostingStatus.PUBLISHED, PostingRules.afterSubmit(false, true, false), "staff publish at once");
        assertEquals(PostingStatus.HELD, PostingRules.afterSubmit(true, true, true), "a hold wins over trust");
        assertTrue(PostingRules.reviewable(PostingStatus.SUBMITTED));
        assertFalse(PostingRules.reviewable(PostingStatus.HELD), "held postings wait for a moderator, not for approval");
        assertTrue(PostingRules.closable(PostingStatus.PUBLISHED));
        assertFalse(PostingRules.closable(PostingStatus.DRAFT));
        assertTrue(PostingRules.open(PostingStatus.PUBLISHED, false, TODAY, TODAY), "open through the deadline day");
        assertFalse(PostingRules.open(PostingStatus.PUBLISHED, false, TODAY.minusDays(1), TODAY));
        assertFalse(PostingRules.open(PostingStatus.PUBLISHED, true, TODAY, TODAY));
        assertFalse(PostingRules.open(PostingStatus.CLOSED, false, TODAY, TODAY));
    }

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
