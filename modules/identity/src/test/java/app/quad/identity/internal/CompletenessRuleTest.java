package app.quad.identity.internal;

import app.quad.identity.Completeness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompletenessRuleTest {

    @Test
    void anEmptyProfileStartsWithTheHeadline() {
        Completeness empty = CompletenessRule.of(new CompletenessRule.Parts(false, false, false, false, 0, false, false, false));
        assertEquals(0, empty.percent());
        assertTrue(empty.nextStep().startsWith("Add a headline"));
    }

    @Test
    void theNextStepIsTheFirstMissingOneInTheAdvisersOrder() {
        Completeness some = CompletenessRule.of(new CompletenessRule.Parts(true, true, false, true, 2, false, false, false));
        assertEquals(50, some.percent());
        assertTrue(some.nextStep().startsWith("Add a photo"));
    }

    @Test
    void twoSkillsAreNotEnoughButThreeAre() {
        Completeness two = CompletenessRule.of(new CompletenessRule.Parts(true, true, true, true, 2, true, true, true));
        assertEquals(90, two.percent());
        assertTrue(two.nextStep().contains("skills"));
        Completeness full = CompletenessRule.of(new CompletenessRule.Parts(true, true, true, true, 3, true, true, true));
        assertEquals(100, full.percent());
        assertNull(full.nextStep());
    }
}
