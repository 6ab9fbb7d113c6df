package io.boto4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runtime building blocks sit low in the layering (style-anchors.md, "Dependency direction"): retry and
 * http use only layer 0; events may add model and http; checksums and useragent stand alone.
 */
class RuntimeLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.boto4j");

    private static final String[] ABOVE_LAYER_ZERO = {"io.boto4j.internal.loader..", "io.boto4j.model..",
        "io.boto4j.config..", "io.boto4j.credentials..", "io.boto4j.internal.endpoints..", "io.boto4j.internal.auth..",
        "io.boto4j.internal.protocol..", "io.boto4j.events..", "io.boto4j.internal.pipeline..", "io.boto4j.internal.customizations..",
        "io.boto4j.client..", "io.boto4j.paginate..", "io.boto4j.waiter..", "io.boto4j.resource..",
        "io.boto4j.transfer..", "io.boto4j.testing.."};

    @Test
    void retryNeverImportsHttpOrHigherLayers() {
        noClasses().that().resideInAPackage("io.boto4j.internal.retry..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(ABOVE_LAYER_ZERO, "io.boto4j.http.."))
                .check(CLASSES);
    }

    @Test
    void httpUsesOnlyLayerZero() {
        noClasses().that().resideInAPackage("io.boto4j.http..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(ABOVE_LAYER_ZERO, "io.boto4j.internal.retry.."))
                .check(CLASSES);
    }

    /** An event carries the call's values typed (model, request, response, signing context, endpoint), no more. */
    @Test
    void eventsUseNothingAboveTheValuesACallCarries() {
        noClasses().that().resideInAPackage("io.boto4j.events..")
                .should().dependOnClassesThat().resideInAnyPackage("io.boto4j.internal.pipeline..", "io.boto4j.client..",
                        "io.boto4j.internal.customizations..", "io.boto4j.internal.auth.signer..", "io.boto4j.credentials..",
                        "io.boto4j.internal.retry..")
                .check(CLASSES);
    }

    @Test
    void checksumsAndUserAgentStandAlone() {
        noClasses().that().resideInAnyPackage("io.boto4j.internal.checksums..", "io.boto4j.internal.useragent..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(ABOVE_LAYER_ZERO, "io.boto4j.http..",
                        "io.boto4j.internal.retry.."))
                .check(CLASSES);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
