package io.boto4j.internal.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The protocol layer sits on model, http and layer 0 only (style-anchors.md, "Dependency direction"). */
class ProtocolLayeringTest {
    private static final JavaClasses PROTOCOL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.boto4j.internal.protocol");

    @Test
    void protocolCodeDependsOnlyOnModelHttpAndLayerZero() {
        classes().that().resideInAPackage("io.boto4j.internal.protocol..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "io.boto4j.internal.protocol..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..", "io.boto4j.internal.names..", "io.boto4j.http..", "io.boto4j.internal.http..", "io.boto4j.exception..",
                        "io.boto4j.internal.json..", "java..", "javax..", "tools.jackson..")
                .check(PROTOCOL);
    }
}
