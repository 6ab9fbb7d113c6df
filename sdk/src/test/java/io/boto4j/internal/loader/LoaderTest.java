package io.boto4j.internal.loader;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader's search semantics on temporary data directories, checked against botocore's loader on the very
 * same directories (one python3 run for the class): search order, newest api version per file type,
 * {@code .json} and {@code .json.gz}, sdk-extras merging, and caching.
 */
class LoaderTest {
    private static final String ORACLE = """
            import json, sys, botocore.session
            s = botocore.session.get_session()
            loader = s.get_component('data_loader')
            def strip(n):
                if isinstance(n, dict):
                    return {k: strip(v) for k, v in n.items() if not (k == 'documentation' and isinstance(v, str))}
                if isinstance(n, list):
                    return [strip(v) for v in n]
                return n
            out = {}
            for svc in ['sqs', 'zipped', 'plainandzipped', 'onlyhome']:
                m = loader.load_service_model(svc, 'service-2')
                out[svc] = [m['metadata'].get('serviceId'), loader.determine_latest_version(svc, 'service-2')]
            out['pinned'] = loader.load_service_model('sqs', 'service-2', '2012-11-05')['metadata'].get('serviceId')
            out['paginatorVersion'] = loader.determine_latest_version('sqs', 'paginators-1')
            out['merged'] = {svc: strip(loader.load_service_model(svc, 'service-2')) for svc in ['s3', 'rds', 'extras']}
            json.dump(out, sys.stdout)
            """;

    @TempDir
    static Path tmp;
    private static Path dataPath;
    private static Path home;
    private static JsonNode botocore;

    @BeforeAll
    static void layOutDataAndAskBotocore() throws IOException {
        dataPath = Files.createDirectories(tmp.resolve("data-path"));
        home = Files.createDirectories(tmp.resolve("home"));
        Path customer = Files.createDirectories(home.resolve(".aws/models"));
        // sqs: one version in the customer dir, a newer one in the data path, and the bundled one
        write(customer.resolve("sqs/2012-11-05/service-2.json"), model("FromCustomerDir"));
        write(dataPath.resolve("sqs/2030-01-01/service-2.json"), model("FromDataPath"));
        // a newer paginators-1 alone must not change which service-2 version is newest
        write(dataPath.resolve("sqs/2040-01-01/paginators-1.json"), "{\"pagination\":{}}");
        write(customer.resolve("onlyhome/2020-01-01/service-2.json"), model("OnlyInHome"));
        writeGz(dataPath.resolve("zipped/2021-01-01/service-2.json.gz"), model("Zipped"));
        write(dataPath.resolve("plainandzipped/2021-01-01/service-2.json"), model("Plain"));
        writeGz(dataPath.resolve("plainandzipped/2021-01-01/service-2.json.gz"), model("Gzipped"));
        write(dataPath.resolve("extras/2021-01-01/service-2.json"), """
                {"version":"2.0","metadata":{"serviceId":"Extras","protocol":"json","nested":{"a":1,"b":[1,2]}},
                 "operations":{"Op":{"name":"Op","http":{"method":"POST","requestUri":"/"},"input":{"shape":"In"}}},
                 "shapes":{"In":{"type":"structure","members":{"A":{"shape":"S"}}},"S":{"type":"string"}}}""");
        write(dataPath.resolve("extras/2021-01-01/service-2.sdk-extras.json"), """
                {"version":1.0,"merge":{"metadata":{"nested":{"b":[3],"c":true}},
                 "operations":{"Op":{"http":{"responseCode":201}},"NewOp":{"name":"NewOp"}},
                 "shapes":{"In":{"members":{"B":{"shape":"S","locationName":"b"}}},"New":{"type":"integer","max":1.50}}}}""");
        String out = Python.run(ORACLE, "", Map.of("HOME", home.toString(), "AWS_DATA_PATH", dataPath.toString()));
        botocore = Json.parse(out.getBytes(StandardCharsets.UTF_8));
    }

    private static Loader loader() {
        return Loader.create(List.of(dataPath), home.resolve(".aws/models"), true);
    }

    @Test
    void searchesTheDataPathBeforeTheCustomerDirAndTheBundledData() {
        Loader loader = loader();
        ServiceData sqs = loader.loadServiceData("sqs", "service-2", null);
        assertEquals(botocore.at("/sqs/1").asString(), sqs.apiVersion());
        assertEquals("2030-01-01", sqs.apiVersion());
        assertEquals(botocore.at("/sqs/0").asString(), serviceId(loader, "sqs", null));
        assertTrue(sqs.origin().startsWith(dataPath.toString()), sqs.origin());
        assertEquals(botocore.at("/onlyhome/0").asString(), serviceId(loader, "onlyhome", null));
        // the same version in the customer dir and in the jar: the customer dir wins
        assertEquals(botocore.get("pinned").asString(), serviceId(loader, "sqs", "2012-11-05"));
        assertEquals("FromCustomerDir", serviceId(loader, "sqs", "2012-11-05"));
        // without the other roots, the bundled model answers
        Loader bundledOnly = Loader.create(List.of(), null, true);
        assertEquals("SQS", serviceId(bundledOnly, "sqs", "2012-11-05"));
        assertTrue(bundledOnly.loadServiceData("sqs", "service-2", null).origin().startsWith("classpath:"));
    }

    @Test
    void picksTheNewestApiVersionPerFileType() {
        Loader loader = loader();
        assertEquals(botocore.get("paginatorVersion").asString(), loader.determineLatestVersion("sqs", "paginators-1"));
        assertEquals("2040-01-01", loader.determineLatestVersion("sqs", "paginators-1"));
        assertEquals(List.of("2030-01-01", "2012-11-05"), loader.listApiVersions("sqs", "service-2"));
    }

    @Test
    void readsPlainAndGzippedFilesPreferringPlain() {
        Loader loader = loader();
        assertEquals(botocore.at("/zipped/0").asString(), serviceId(loader, "zipped", null));
        assertEquals("Zipped", serviceId(loader, "zipped", null));
        assertEquals(botocore.at("/plainandzipped/0").asString(), serviceId(loader, "plainandzipped", null));
        assertEquals("Plain", serviceId(loader, "plainandzipped", null));
    }

    /** Equal trees, numbers by value: botocore's 1.5 is the file's 1.50 (trees compare decimals with scale). */
    private static void assertSameTree(JsonNode expected, JsonNode actual, String what) {
        assertTrue(sameTree(expected, actual), what + ": expected " + expected + " but was " + actual);
    }

    private static boolean sameTree(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> e : a.properties()) {
                JsonNode other = b.get(e.getKey());
                if (other == null || !sameTree(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameTree(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    @Test
    void mergesSdkExtrasAsBotocoreDoes() {
        Loader loader = loader();
        for (String service : List.of("s3", "rds", "extras")) {
            JsonNode expected = botocore.at("/merged/" + service);
            JsonNode merged = loader.loadServiceModel(service, "service-2", null);
            assertSameTree(expected, merged, service + " merged tree");
            // the indexed model merges lazily, part by part: each merged part must come out the same
            ServiceData data = loader.loadServiceData(service, "service-2", null);
            ServiceModel model = ModelTrees.parse(service, data.bytes(), data.origin(), data.extras());
            assertSameTree(expected.get("metadata"), ModelTrees.metadata(model), service + " metadata");
            assertEquals(names(expected.get("operations")), model.operationNames(), service + " operations");
            assertEquals(names(expected.get("shapes")), model.shapeNames(), service + " shapes");
            for (JsonNode extras : data.extras()) {
                for (Iterator<String> it = extras.path("merge").path("shapes").propertyNames().iterator(); it.hasNext(); ) {
                    String shape = it.next();
                    assertSameTree(expected.at("/shapes/" + shape), ModelTrees.traits(model.shape(shape)), service + " " + shape);
                }
                for (Iterator<String> it = extras.path("merge").path("operations").propertyNames().iterator(); it.hasNext(); ) {
                    String op = it.next();
                    assertSameTree(expected.at("/operations/" + op), ModelTrees.operation(model.operationModel(op)), service + " " + op);
                }
            }
            assertTrue(!data.extras().isEmpty(), service + " has sdk-extras");
        }
    }

    @Test
    void cachesLoadersAndWhatTheyReadForTheLifeOfTheJvm() throws IOException {
        assertSame(Loader.forSearchPaths(List.of(dataPath.toString())), Loader.forSearchPaths(List.of(dataPath.toString())));
        Loader loader = loader();
        ServiceData first = loader.loadServiceData("zipped", "service-2", null);
        JsonNode tree = loader.loadServiceModel("zipped", "service-2", null);
        // a file changed after it was read is not read again, as with botocore's instance cache
        Path changedLater = tmp.resolve("later");
        write(changedLater.resolve("svc/2020-01-01/service-2.json"), model("Before"));
        Loader later = Loader.create(List.of(changedLater), null, false);
        assertEquals("Before", serviceId(later, "svc", null));
        write(changedLater.resolve("svc/2020-01-01/service-2.json"), model("After"));
        assertEquals("Before", serviceId(later, "svc", null));
        assertSame(first, loader.loadServiceData("zipped", "service-2", null));
        assertSame(tree, loader.loadServiceModel("zipped", "service-2", null));
        assertSame(ModelTrees.shared("zipped", first.bytes(), first.origin(), first.extras()),
                ModelTrees.shared("zipped", first.bytes(), first.origin(), first.extras()));
        assertEquals("After", serviceId(Loader.create(List.of(changedLater), null, false), "svc", null));
    }

    private static String serviceId(Loader loader, String service, String version) {
        ServiceData d = loader.loadServiceData(service, "service-2", version);
        return ModelTrees.parse(service, d.bytes(), d.origin(), d.extras()).metadataValue("serviceId");
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.propertyNames().iterator().forEachRemaining(out::add);
        return out;
    }

    static String model(String serviceId) {
        return "{\"version\":\"2.0\",\"metadata\":{\"serviceId\":\"" + serviceId + "\",\"protocol\":\"json\","
                + "\"endpointPrefix\":\"x\"},\"operations\":{},\"shapes\":{}}";
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static void writeGz(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
