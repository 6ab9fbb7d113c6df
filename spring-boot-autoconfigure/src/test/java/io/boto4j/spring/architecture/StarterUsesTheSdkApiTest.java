package io.boto4j.spring.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The starter is the SDK's first user: its main code goes through the SDK's public API packages (the README's
 * "Public API" table), never {@code io.boto4j.internal}, so an internal change cannot break it. The one exception
 * is {@code internal.names.ClosestNames}: every "did you mean" of the project ranks names the same way.
 */
class StarterUsesTheSdkApiTest {
    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.boto4j.spring");

    @Test
    void theStartersMainCodeImportsNoSdkInternals() {
        assertTrue(STARTER.size() > 40, "imported the starter's main classes: " + STARTER.size());
        noClasses().that().resideInAPackage("io.boto4j.spring..")
                .should().dependOnClassesThat(resideInAPackage("io.boto4j.internal..")
                        .and(resideOutsideOfPackage("io.boto4j.internal.names..")))
                .check(STARTER);
    }
}
