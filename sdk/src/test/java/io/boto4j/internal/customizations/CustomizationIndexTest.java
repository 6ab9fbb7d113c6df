package io.boto4j.internal.customizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.boto4j.exception.BotoCoreError;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.internal.model.ModelTrees;
import io.boto4j.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index that tells a new client its service's customizations, as the bundled jar ships it and as it is read. */
class CustomizationIndexTest {
    private static final Loader LOADER = Loader.fromEnvironment();
    private static final CustomizationIndex BUNDLED = CustomizationIndex.load(CustomizationIndexTest.class.getClassLoader());

    private static ServiceModel model(String service) {
        ServiceData d = LOADER.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
    }

    @Test
    void everyServiceCustomizationInTheJarIsIndexed() {
        Set<String> implementations = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.boto4j.internal.customizations")) {
            if (!c.isInterface() && c.isAssignableTo(ServiceCustomization.class)) {
                implementations.add(c.getName());
            }
        }
        Set<String> indexed = new TreeSet<>();
        for (List<String> names : BUNDLED.entries().values()) {
            indexed.addAll(names);
        }
        assertEquals(16, implementations.size(), "customizations found: " + implementations);
        assertEquals(implementations, indexed);
    }

    @Test
    void eachIndexedCustomizationAppliesToTheServicesItIsListedUnderAndToNoOther() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : BUNDLED.entries().entrySet()) {
            ServiceModel model = model(e.getKey());
            List<String> given = new ArrayList<>();
            for (ServiceCustomization c : BUNDLED.forService(model)) {
                given.add(c.getClass().getName());
            }
            if (!given.equals(e.getValue())) {
                wrong.add(e.getKey() + ": indexed " + e.getValue() + ", applying " + given);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), BUNDLED.forService(model("sts")), "sts has no customization");
    }

    @Test
    void rdsAndTheEnginesSharingItsApiGetOneSharedCustomization() {
        ServiceCustomization rds = BUNDLED.forService(model("rds")).get(0);
        assertEquals("io.boto4j.internal.customizations.rds.RdsCustomization", rds.getClass().getName());
        assertTrue(rds == BUNDLED.forService(model("neptune")).get(0), "one instance for every client");
        assertTrue(rds == BUNDLED.forService(model("docdb")).get(0));
    }

    @Test
    void commentsBlankLinesAndRepeatedEntriesAreIgnored() throws Exception {
        Map<String, List<String>> into = new LinkedHashMap<>();
        CustomizationIndex.parse("test-index", stream("# header\n\n  sqs   a.B  # trailing\nsqs a.B\ns3\ta.C\n"), into);
        assertEquals(Map.of("sqs", List.of("a.B"), "s3", List.of("a.C")), into);
    }

    @Test
    void aLineWithoutExactlyAServiceAndAClassNamesTheFileAndTheLine() {
        BotoCoreError e = assertThrows(BotoCoreError.class,
                () -> CustomizationIndex.parse("jar:file:/x.jar!/index", stream("sqs a.B\ns3\n"), new LinkedHashMap<>()));
        assertEquals("jar:file:/x.jar!/index line 2: expected '<service name> <customization class name>', got 's3'",
                e.getMessage());
        BotoCoreError extra = assertThrows(BotoCoreError.class,
                () -> CustomizationIndex.parse("idx", stream("sqs a.B c.D\n"), new LinkedHashMap<>()));
        assertTrue(extra.getMessage().startsWith("idx line 1:"), extra.getMessage());
    }

    @Test
    void anIndexedClassThatIsMissingOrNotACustomizationIsNamedWhenItsServiceIsFirstUsed() {
        CustomizationIndex index = new CustomizationIndex(Map.of("sqs", List.of("com.example.Missing"),
                "sts", List.of(String.class.getName())), getClass().getClassLoader());
        BotoCoreError missing = assertThrows(BotoCoreError.class, () -> index.forService(model("sqs")));
        assertEquals(CustomizationIndex.RESOURCE + " names com.example.Missing, which is not on the class path",
                missing.getMessage());
        BotoCoreError notOne = assertThrows(BotoCoreError.class, () -> index.forService(model("sts")));
        assertEquals(CustomizationIndex.RESOURCE + " names java.lang.String, which is not a "
                + ServiceCustomization.class.getName(), notOne.getMessage());
        assertFalse(index.entries().isEmpty());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
