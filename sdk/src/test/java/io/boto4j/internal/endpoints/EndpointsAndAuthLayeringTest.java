package io.boto4j.internal.endpoints;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of the endpoint and auth layers (style-anchors.md): the rule interpreter is pure
 * (layer 0 only), the adapter sits on model and the interpreter, scheme selection on endpoints and model, the
 * signers on http and the auth values; none of them reaches up to the pipeline, customizations or client.
 */
class EndpointsAndAuthLayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importSdk() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.boto4j");
    }

    @Test
    void ruleInterpreterDependsOnNothingButExceptionsAndJson() {
        noClasses().that().resideInAPackage("io.boto4j.internal.endpoints.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.endpoints", "io.boto4j.internal.auth..",
                        "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..", "io.boto4j.internal.loader..", "io.boto4j.config..", "io.boto4j.http..", "io.boto4j.internal.http..",
                        "io.boto4j.credentials..", "io.boto4j.internal.protocol..", "io.boto4j.client..",
                        "io.boto4j.internal.pipeline..", "io.boto4j.events..", "io.boto4j.internal.customizations..")
                .check(classes);
    }

    @Test
    void endpointAdapterDoesNotReachAuthHttpOrAnythingAbove() {
        noClasses().that().resideInAPackage("io.boto4j.internal.endpoints")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.auth..", "io.boto4j.http..", "io.boto4j.internal.http..",
                        "io.boto4j.internal.loader..", "io.boto4j.credentials..", "io.boto4j.internal.protocol..", "io.boto4j.client..",
                        "io.boto4j.internal.pipeline..", "io.boto4j.events..", "io.boto4j.internal.customizations..")
                .check(classes);
    }

    @Test
    void schemeSelectionNeverImportsTheSigners() {
        noClasses().that().resideInAPackage("io.boto4j.internal.auth")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.auth.signer..", "io.boto4j.client..",
                        "io.boto4j.internal.pipeline..", "io.boto4j.internal.customizations..", "io.boto4j.internal.loader..")
                .check(classes);
    }

    @Test
    void signersArePureOverHttpValuesAndAuthTypes() {
        noClasses().that().resideInAPackage("io.boto4j.internal.auth.signer..")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.endpoints..", "io.boto4j.model..", "io.boto4j.internal.model..", "io.boto4j.internal.paginate..",
                        "io.boto4j.internal.waiter..",
                        "io.boto4j.internal.loader..", "io.boto4j.config..", "io.boto4j.client..", "io.boto4j.internal.pipeline..",
                        "io.boto4j.events..", "io.boto4j.internal.customizations..", "io.boto4j.credentials..")
                .check(classes);
    }
}
