package io.boto4j.internal.loader;

import io.boto4j.internal.model.ModelTrees;
import static io.boto4j.internal.loader.LoaderTest.model;
import static io.boto4j.internal.loader.LoaderTest.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.exception.DataNotFoundError;
import io.boto4j.exception.ModelError;
import io.boto4j.exception.UnknownServiceError;
import io.boto4j.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken or missing data gives an error that says which file or name is wrong and where was searched. */
class BadDataTest {
    @TempDir
    Path dir;

    private Loader loader() {
        return Loader.create(List.of(dir), null, false);
    }

    private static ServiceModel modelOf(Loader loader, String service) {
        ServiceData d = loader.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
    }

    @Test
    void truncatedModelFileFailsAtModelCreationNamingTheFile() throws IOException {
        byte[] sqs = Loader.create(List.of(), null, true).loadServiceData("sqs", "service-2", null).bytes();
        Path file = dir.resolve("sqs/2012-11-05/service-2.json");
        Files.createDirectories(file.getParent());
        Files.write(file, Arrays.copyOf(sqs, sqs.length * 2 / 3));

        ModelError e = assertThrows(ModelError.class, () -> modelOf(loader(), "sqs"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("unexpected end of data"), e.getMessage());
        ModelError tree = assertThrows(ModelError.class, () -> loader().loadServiceModel("sqs", "service-2", null));
        assertTrue(tree.getMessage().contains(file.toString()), tree.getMessage());
    }

    @Test
    void truncatedGzipFileFailsNamingTheFile() throws IOException {
        Path gz = dir.resolve("zipped/2020-01-01/service-2.json.gz");
        LoaderTest.writeGz(gz, model("Zipped"));
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(gz, Arrays.copyOf(bytes, bytes.length - 12));

        ModelError e = assertThrows(ModelError.class, () -> loader().loadServiceData("zipped", "service-2", null));
        assertTrue(e.getMessage().contains(gz.toString()), e.getMessage());
    }

    @Test
    void invalidJsonInsideAShapeFailsAtModelCreationWithFileAndLine() throws IOException {
        Path file = dir.resolve("broken/2020-01-01/service-2.json");
        write(file, """
                {"version": "2.0",
                 "metadata": {"serviceId": "Broken", "protocol": "json"},
                 "operations": {},
                 "shapes": {
                   "Good": {"type": "string"},
                   "Bad": {"type": "structure", "members": {"A": {"shape": "Good"},}}
                 }}
                """);
        ModelError e = assertThrows(ModelError.class, () -> modelOf(loader(), "broken"));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 6"), e.getMessage());
    }

    @Test
    void structurallyWrongModelFailsAtModelCreation() throws IOException {
        write(dir.resolve("wrong/2020-01-01/service-2.json"), "{\"metadata\":{},\"shapes\":[]}");
        ModelError e = assertThrows(ModelError.class, () -> modelOf(loader(), "wrong"));
        assertTrue(e.getMessage().contains("'shapes' must be an object"), e.getMessage());
        assertTrue(e.getMessage().contains("wrong/2020-01-01/service-2.json"), e.getMessage());
    }

    @Test
    void danglingReferencesAndUnknownTypesFailOnFirstUseNamingShapeAndFile() throws IOException {
        write(dir.resolve("dangling/2020-01-01/service-2.json"), """
                {"metadata": {"serviceId": "Dangling", "protocol": "json"},
                 "operations": {"Op": {"name": "Op", "input": {"shape": "In"}}},
                 "shapes": {"In": {"type": "structure", "members": {"A": {"shape": "Missing"}}},
                            "Odd": {"type": "quaternion"}}}
                """);
        ServiceModel model = modelOf(loader(), "dangling");
        ModelError missing = assertThrows(ModelError.class, () -> model.operationModel("Op").inputShape().members());
        assertTrue(missing.getMessage().contains("Missing") && missing.getMessage().contains("In$A")
                && missing.getMessage().contains("dangling/2020-01-01/service-2.json"), missing.getMessage());
        ModelError odd = assertThrows(ModelError.class, () -> model.shape("Odd"));
        assertTrue(odd.getMessage().contains("quaternion"), odd.getMessage());
    }

    @Test
    void unknownServiceSuggestsCloseNames() {
        Loader bundled = Loader.create(List.of(), null, true);
        assertSuggests(bundled, "sqss", "sqs");
        assertSuggests(bundled, "s4", "s3");
        assertSuggests(bundled, "dynamo-db", "dynamodb");
        assertSuggests(bundled, "ec", "ec2");
    }

    private static void assertSuggests(Loader loader, String wrong, String right) {
        UnknownServiceError e = assertThrows(UnknownServiceError.class,
                () -> loader.loadServiceData(wrong, "service-2", null));
        assertTrue(e.getSuggestions().contains(right), wrong + " -> " + e.getSuggestions());
        assertTrue(e.getMessage().contains("Unknown service: '" + wrong + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + right + "'"), e.getMessage());
        assertEquals(wrong, e.getServiceName());
    }

    @Test
    void missingDataNamesEverySearchedLocation() throws IOException {
        Path second = Files.createDirectories(dir.resolve("second"));
        Path customer = dir.resolve("customer-models");
        Loader loader = Loader.create(List.of(dir, second), customer, true);
        DataNotFoundError e = assertThrows(DataNotFoundError.class, () -> loader.loadData("no-such-file"));
        for (String where : List.of(dir.toString(), second.toString(), customer.toString(), "classpath:")) {
            assertTrue(e.getMessage().contains(where), where + " missing from: " + e.getMessage());
        }
        assertTrue(e.getMessage().contains("no-such-file"), e.getMessage());
        DataNotFoundError noVersion = assertThrows(DataNotFoundError.class,
                () -> loader.determineLatestVersion("sqs", "no-such-type"));
        assertTrue(noVersion.getMessage().contains(customer.toString()), noVersion.getMessage());
    }
}
