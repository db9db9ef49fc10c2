package app.quad.jobs.internal.applications;

import app.quad.jobs.ApplicationStatus;
import app.quad.platform.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.quad.jobs.ApplicationStatus.DECLINED;
import static app.quad.jobs.ApplicationStatus.HIRED;
import static app.quad.jobs.ApplicationStatus.INTERVIEW;
import static app.quad.jobs.ApplicationStatus.OFFER;
import static app.quad.jobs.ApplicationStatus.REVIEWED;
import static app.quad.jobs.ApplicationStatus.SUBMITTED;
import static app.quad.jobs.ApplicationStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationRulesTest {

    @Test
    void thePipelineMovesForwardOrToDeclinedAndNeverOutOfAFinalStatus() {
        assertTrue(ApplicationRules.mayMove(SUBMITTED, REVIEWED));
        assertTrue(ApplicationRules.mayMove(SUBMITTED, INTERVIEW), "steps may be skipped");
        assertTrue(ApplicationRules.mayMove(OFFER, HIRED));
        assertTrue(ApplicationRules.mayMove(INTERVIEW, DECLINED));
        assertFalse(ApplicationRules.mayMove(INTERVIEW, REVIEWED), "no going back");
        assertFalse(ApplicationRules.mayMove(REVIEWED, SUBMITTED));
        assertFalse(ApplicationRules.mayMove(REVIEWED, WITHDRAWN), "withdrawing is the student's");
        for (ApplicationStatus to : ApplicationStatus.values()) {
            assertFalse(ApplicationRules.mayMove(HIRED, to));
            assertFalse(ApplicationRules.mayMove(DECLINED, to));
            assertFalse(ApplicationRules.mayMove(WITHDRAWN, to));
        }
        assertTrue(ApplicationRules.mayWithdraw(OFFER));
        assertFalse(ApplicationRules.mayWithdraw(HIRED));
    }

    @Test
    void everyQuestionNeedsAnAnswer() {
        assertEquals(List.of("Because.", "Yes"), ApplicationRules.answers(List.of("Why?", "Visa?"), List.of(" Because. ", "Yes")));
        Rejection missing = assertThrows(Rejection.class, () -> ApplicationRules.answers(List.of("Why?", "Visa?"), List.of("Because.")));
        assertEquals("answers", missing.field());
        assertEquals("Answer every question, including \u201cVisa?\u201d.", missing.getMessage());
        assertThrows(Rejection.class, () -> ApplicationRules.answers(List.of("Why?"), List.of("x".repeat(2001))));
        assertEquals(List.of(), ApplicationRules.answers(List.of(), null));
    }
}
