package app.quad.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quad's production code, from every module jar on the test classpath, follows the architecture rules. */
class ArchitectureTest {

    private static final List<String> MODULES = List.of("platform", "identity", "networking", "groups", "jobs", "moderation", "app");

    private static final JavaClasses QUAD = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("app.quad");

    private static final ArchitectureRules RULES = new ArchitectureRules("app.quad");

    @Test
    void everyModuleIsImported() {
        // Rules over too few classes pass for the wrong reason.
        for (String module : MODULES) {
            assertTrue(QUAD.containPackage("app.quad." + module), () -> "no classes of module " + module);
        }
        assertTrue(QUAD.contain("app.quad.identity.internal.Account"));
    }

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        RULES.modulesUseOnlyEachOthersPublicApi().check(QUAD);
    }

    @Test
    void modulesAreFreeOfCycles() {
        RULES.modulesAreFreeOfCycles().check(QUAD);
    }

    @Test
    void persistentClassesAreInternal() {
        RULES.persistentClassesAreInternal().check(QUAD);
    }

    @Test
    void internalCodeIsFreeOfJsf() {
        RULES.internalCodeIsFreeOfJsf().check(QUAD);
    }

    @Test
    void platformDependsOnNoModule() {
        RULES.platformDependsOnNoModule().check(QUAD);
    }

    @Test
    void tablesCarryTheModulePrefix() {
        RULES.tablesCarryTheModulePrefix().check(QUAD);
    }
}
