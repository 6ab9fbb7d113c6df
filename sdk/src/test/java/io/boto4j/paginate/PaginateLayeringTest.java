package io.boto4j.paginate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The paginate, waiter and JMESPath packages import only what their layer may (style-anchors, "Dependency direction"). */
class PaginateLayeringTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.boto4j");

    @Test
    void paginateUsesOnlyTheModelAndLayerZeroAndWaiterAlsoTheSleeper() {
        noClasses().that().resideInAPackage("io.boto4j.paginate..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.boto4j.paginate..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..", "io.boto4j.internal.names..",
                        "io.boto4j.exception..", "io.boto4j.internal.json..", "io.boto4j.internal.jmespath..",
                        "io.boto4j.internal.util..", "java..", "tools.jackson..")
                .check(SDK);
        noClasses().that().resideInAPackage("io.boto4j.waiter..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.boto4j.waiter..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..", "io.boto4j.internal.names..",
                        "io.boto4j.internal.retry..", "io.boto4j.exception..", "io.boto4j.internal.json..", "io.boto4j.internal.jmespath..",
                        "io.boto4j.internal.util..", "java..", "tools.jackson..")
                .check(SDK);
    }

    @Test
    void theJmespathAdapterUsesOnlyTheJsonAdapterAndTheEngine() {
        noClasses().that().resideInAPackage("io.boto4j.internal.jmespath..")
                .should().dependOnClassesThat().resideOutsideOfPackages("io.boto4j.internal.jmespath..",
                        "io.boto4j.internal.json..", "io.burt.jmespath..", "java..", "tools.jackson..")
                .check(SDK);
    }
}
