package app.quad.app.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Quad's architecture rules for the code under one root package. A module is the first package
 * below the root ({@code <root>.identity}); its public API is everything outside its
 * {@code internal} and {@code web} packages. The root is a parameter so the same rules can be run
 * against deliberately broken fixture classes, which proves each rule can fail.
 */
final class ArchitectureRules {

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
    private static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    /** (a) A module, the app included, may use another module's public API, never its internal or web code. */
    ArchRule modulesUseOnlyEachOthersPublicApi() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their public API") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = moduleOf(origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            String other = moduleOf(target);
                            if (other != null && !other.equals(own) && isHidden(target)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /** (b) Module dependencies point one way, so any module can be understood without its dependents. */
    ArchRule modulesAreFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** (c) Entities are implementation details; other modules see records from the public API instead. */
    ArchRule persistentClassesAreInternal() {
        return classes().that().areAnnotatedWith(ENTITY).or().areAnnotatedWith(EMBEDDABLE)
                .or().areAnnotatedWith(MAPPED_SUPERCLASS)
                .should().resideInAPackage(root + "..internal..");
    }

    /** (d) Domain logic stays usable without a page: JSF and PrimeFaces belong in the web packages. */
    ArchRule internalCodeIsFreeOfJsf() {
        return noClasses().that().resideInAPackage(root + "..internal..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..");
    }

    /** (e) The shared kernel knows no module, so every module can depend on it without a cycle. */
    ArchRule platformDependsOnNoModule() {
        return noClasses().that().resideInAPackage(root + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(not(resideInAPackage(root + ".platform.."))))
                .as("the platform kernel should depend on no module");
    }

    /**
     * (f) An entity maps only its own module's tables: its @Table, and any @CollectionTable or
     * @JoinTable, is named {@code <module>_...}. Without @Table the default name (the class name)
     * carries no prefix, so @Table is required.
     */
    ArchRule tablesCarryTheModulePrefix() {
        return classes().that().areAnnotatedWith(ENTITY)
                .should(new ArchCondition<JavaClass>("map only tables named <module>_...") {
                    @Override
                    public void check(JavaClass entity, ConditionEvents events) {
                        String prefix = moduleOf(entity) + "_";
                        if (entity.tryGetAnnotationOfType("jakarta.persistence.Table").isEmpty()) {
                            events.add(SimpleConditionEvent.violated(entity,
                                    entity.getName() + " has no @Table naming a " + prefix + " table"));
                        }
                        List<HasAnnotations<?>> annotated = new ArrayList<>();
                        annotated.add(entity);
                        annotated.addAll(entity.getFields());
                        annotated.addAll(entity.getMethods());
                        for (HasAnnotations<?> element : annotated) {
                            for (String annotation : List.of("Table", "CollectionTable", "JoinTable")) {
                                element.tryGetAnnotationOfType("jakarta.persistence." + annotation).ifPresent(table -> {
                                    String name = String.valueOf(table.get("name").orElse(""));
                                    if (!name.startsWith(prefix)) {
                                        events.add(SimpleConditionEvent.violated(entity, entity.getName() + " maps @"
                                                + annotation + " '" + name + "', which is not prefixed " + prefix));
                                    }
                                });
                            }
                        }
                    }
                });
    }

    /** The module a class belongs to: the first package below the root, or null outside the root. */
    private String moduleOf(JavaClass javaClass) {
        String[] below = packagesBelowRoot(javaClass);
        return below.length == 0 ? null : below[0];
    }

    /** Whether the class is in a module's internal or web package (or below). */
    private boolean isHidden(JavaClass javaClass) {
        String[] below = packagesBelowRoot(javaClass);
        return below.length > 1 && (below[1].equals("internal") || below[1].equals("web"));
    }

    private String[] packagesBelowRoot(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith(root + ".")) {
            return new String[0];
        }
        return name.substring(root.length() + 1).split("\\.");
    }
}
