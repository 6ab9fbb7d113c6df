package io.boto4j.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of style-anchors.md for the two packages of this issue: {@code config} is layer 1 and
 * sees only layer 0; {@code credentials} is layer 2 and sees {@code config}, {@code http} and layer 0.
 */
class ConfigLayeringTest {
    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.boto4j.config", "io.boto4j.credentials");

    @Test
    void configDependsOnlyOnLayerZero() {
        noClasses().that().resideInAPackage("io.boto4j.config..")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.loader..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..",
                        "io.boto4j.http..", "io.boto4j.internal.http..", "io.boto4j.credentials..", "io.boto4j.internal.protocol..", "io.boto4j.client..",
                        "io.boto4j.internal.auth..", "io.boto4j.internal.endpoints..", "io.boto4j.internal.retry..", "io.boto4j.internal.pipeline..",
                        "io.boto4j.events..")
                .check(SDK);
    }

    @Test
    void credentialsDependOnlyOnConfigHttpTheSleeperAndLayerZero() {
        noClasses().that().resideInAPackage("io.boto4j.credentials..")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.loader..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..",
                        "io.boto4j.internal.protocol..", "io.boto4j.client..", "io.boto4j.internal.auth..", "io.boto4j.internal.endpoints..",
                        "io.boto4j.internal.pipeline..", "io.boto4j.events..")
                .check(SDK);
        // of retry, only the one Sleeper (waiting between attempts)
        noClasses().that().resideInAPackage("io.boto4j.credentials..")
                .should().dependOnClassesThat(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideInAPackage("io.boto4j.internal.retry..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(com.tngtech.archunit.core.domain
                                .JavaClass.Predicates.equivalentTo(io.boto4j.internal.retry.Sleeper.class))))
                .check(SDK);
    }
}
