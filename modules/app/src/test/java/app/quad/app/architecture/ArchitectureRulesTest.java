package app.quad.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every architecture rule reports the violations planted in the {@code archfixture} classes, so a
 * rule that could never fail (a typo in a package pattern, say) is caught here.
 */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("archfixture");

    private static final ArchitectureRules RULES = new ArchitectureRules("archfixture");

    @Test
    void reachingIntoAnotherModulesInternalOrWebFails() {
        assertViolation(RULES.modulesUseOnlyEachOthersPublicApi(),
                "PeekingEnrolment.account> has type <archfixture.identity.internal.HiddenAccount>",
                "PeekingEnrolment.login> has type <archfixture.identity.web.LoginBean>");
    }

    @Test
    void aCycleBetweenModulesFails() {
        assertViolation(RULES.modulesAreFreeOfCycles(), "Cycle detected: Slice identity -> ", "Slice networking");
    }

    @Test
    void persistentClassesOutsideInternalFail() {
        assertViolation(RULES.persistentClassesAreInternal(),
                "archfixture.networking.PublicEntity", "archfixture.networking.PublicEmbeddable",
                "archfixture.networking.PublicMappedSuperclass");
    }

    @Test
    void jsfInInternalCodeFails() {
        assertViolation(RULES.internalCodeIsFreeOfJsf(), "jakarta.faces.context.FacesContext", "org.primefaces.PrimeFaces");
    }

    @Test
    void aKernelThatKnowsAModuleFails() {
        assertViolation(RULES.platformDependsOnNoModule(),
                "KernelKnowingNetworking.networking> has type <archfixture.networking.NetworkingApi>");
    }

    @Test
    void tablesWithoutTheModulePrefixFail() {
        assertViolation(RULES.tablesCarryTheModulePrefix(),
                "ForeignTableEntity maps @Table 'identity_account', which is not prefixed networking_",
                "DefaultTableEntity has no @Table",
                "ForeignCollectionEntity maps @CollectionTable 'circle_member', which is not prefixed networking_");
    }

    /** The rule fails on the fixture, and for the planted reasons rather than by accident. */
    private static void assertViolation(ArchRule rule, String... expected) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(FIXTURE));
        for (String text : expected) {
            assertTrue(error.getMessage().contains(text), () -> "expected '" + text + "' in:\n" + error.getMessage());
        }
    }
}
