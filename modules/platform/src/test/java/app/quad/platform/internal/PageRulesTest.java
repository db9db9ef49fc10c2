package app.quad.platform.internal;

import app.quad.platform.Audience;
import app.quad.platform.PageRule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.quad.platform.PageRule.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRulesTest {

    enum Role { STAFF, ADMIN }

    private static final Audience STAFF = Audience.holdersOf(Role.STAFF);
    private static final Audience ADMIN = Audience.holdersOf(Role.ADMIN);

    private final PageRules rules = new PageRules(List.of(
            page("/index.xhtml", Audience.EVERYONE),
            page("/identity/*", Audience.SIGNED_IN),
            page("/identity/admin/*", ADMIN),
            page("/identity/admin/domains.xhtml", STAFF)));

    @Test
    void anExactPathWinsOverEveryFolder() {
        assertEquals(Optional.of(STAFF), rules.audienceOf("/identity/admin/domains.xhtml"));
    }

    @Test
    void theDeepestFolderWins() {
        assertEquals(Optional.of(ADMIN), rules.audienceOf("/identity/admin/accounts.xhtml"));
        assertEquals(Optional.of(ADMIN), rules.audienceOf("/identity/admin/deeper/page.xhtml"));
        assertEquals(Optional.of(Audience.SIGNED_IN), rules.audienceOf("/identity/access/signin.xhtml"));
    }

    @Test
    void aViewNobodyDeclaredHasNoAudience() {
        assertEquals(Optional.empty(), rules.audienceOf("/about.xhtml"));
        assertEquals(Optional.empty(), rules.audienceOf("/identityx/page.xhtml"));
    }

    @Test
    void aFolderRuleDoesNotCoverAFileOfTheSameNameAsTheFolder() {
        assertEquals(Optional.empty(), rules.audienceOf("/identity.xhtml"));
    }

    @Test
    void twoRulesForOnePathAreRefused() {
        List<PageRule> twice = List.of(page("/a/*", STAFF), page("/a/*", ADMIN));
        assertThrows(IllegalStateException.class, () -> new PageRules(twice));
    }

    @Test
    void aRulePathMustBeAViewOrAFolder() {
        assertThrows(IllegalArgumentException.class, () -> page("/identity/admin", STAFF));
        assertThrows(IllegalArgumentException.class, () -> page("identity/a.xhtml", STAFF));
    }
}
