package io.boto4j.internal.loader;

import static io.boto4j.internal.loader.LoaderTest.write;
import static io.boto4j.internal.loader.LoaderTest.writeGz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-time import ({@code models/src/build/import_models.py}), run directly: it keeps every byte of
 * meaning but documentation (exact number text, unicode), takes its input from where it is told, fails
 * with directions when there is no botocore, and skips work when nothing changed. The bundled data of the
 * class path is also compared, file by file and token by token, with the installed botocore's.
 */
class ModelImportTest {
    private static final Path SCRIPT = findScript();
    private static final Path EMPTY = Path.of(System.getProperty("java.io.tmpdir"), "boto4j-empty-boto3-data");

    @TempDir
    Path tmp;

    private static Path findScript() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("models/src/build/import_models.py");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("models/src/build/import_models.py not found above " + Path.of("").toAbsolutePath());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run python(List<String> pythonArgs, Map<String, String> env, String... scriptArgs) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add("python3");
        cmd.addAll(pythonArgs);
        cmd.add(SCRIPT.toString());
        cmd.addAll(List.of(scriptArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("BOTO4J_BOTOCORE_DATA");
        pb.environment().remove("BOTO4J_BOTO3_DATA");
        // no boto3 data unless a test asks for it, so the imports hold only the test's services
        pb.environment().put("BOTO4J_BOTO3_DATA", Files.createDirectories(EMPTY).toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("import-out", ".txt");
        Path err = Files.createTempFile("import-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("import timed out");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A small botocore-style data directory with the cases that are easy to get wrong. */
    private Path fakeBotocoreData() throws IOException {
        Path data = tmp.resolve("botocore-data");
        write(data.resolve("endpoints.json"), "{\"partitions\":[],\"version\":3}");
        write(data.resolve("svc/2020-01-01/service-2.json"), """
                {"version":"2.0","documentation":"<p>gone</p>",
                 "metadata":{"serviceId":"Svc \u00e9\u4e2d\ud83d\ude00","protocol":"json","documentation":"gone"},
                 "operations":{},
                 "shapes":{
                   "S":{"type":"structure","documentation":"gone","members":{
                     "documentation":{"shape":"T","documentation":"gone"},
                     "Tiny":{"shape":"F"}}},
                   "T":{"type":"string","pattern":"^[\\\\u0020-\\\\uD7FF]*$","enum":["caf\\u00e9","\\"q\\"","a\\nb"]},
                   "F":{"type":"double","min":0.0000001,"max":1E+2,"box":1.50,"big":9223372036854775807,"neg":-0.0}
                 }}""");
        writeGz(data.resolve("svc/2020-01-01/paginators-1.json.gz"), "{\"pagination\":{\"X\":{\"limit_key\":\"M\"}}}");
        write(data.resolve("svc/2020-01-01/examples-1.json"), "{\"examples\":{}}");
        return data;
    }

    @Test
    void keepsEveryByteOfMeaningButDocumentation() throws Exception {
        Path data = fakeBotocoreData();
        Path out = tmp.resolve("out");
        Run run = python(List.of(), Map.of(), "--out", out.toString(), "--botocore-data=" + data, "--boto3-data=");
        assertEquals(0, run.exit, run.err);

        byte[] imported = gunzip(out.resolve("svc/2020-01-01/service-2.json.gz"));
        assertEquals(tokens(Files.readAllBytes(data.resolve("svc/2020-01-01/service-2.json")), true),
                tokens(imported, false));
        String text = new String(imported, StandardCharsets.UTF_8);
        assertTrue(text.contains("0.0000001") && text.contains("1E+2") && text.contains("1.50")
                && text.contains("9223372036854775807") && text.contains("-0.0"), text);
        assertTrue(text.contains("Svc \u00e9\u4e2d\ud83d\ude00"), "unicode kept as UTF-8: " + text);
        assertFalse(text.contains("gone"), text);

        JsonNode index = Json.parse(Files.readAllBytes(out.resolve("index.json")));
        assertEquals("[\"paginators-1.json\",\"service-2.json\"]", index.at("/services/svc/2020-01-01").toString());
        assertEquals("[\"endpoints.json\"]", index.get("files").toString());
        // the same index as lines, which the runtime reads without a JSON parser
        assertEquals("* endpoints.json\nsvc 2020-01-01 paginators-1.json service-2.json\n",
                Files.readString(out.resolve("index.txt")));
        assertFalse(Files.exists(out.resolve("svc/2020-01-01/examples-1.json.gz")));
    }

    @Test
    void takesItsInputFromTheEnvironmentVariable() throws Exception {
        Path data = fakeBotocoreData();
        Path out = tmp.resolve("out");
        Run run = python(List.of(), Map.of("BOTO4J_BOTOCORE_DATA", data.toString()), "--out", out.toString(),
                "--botocore-data=", "--boto3-data=");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("$BOTO4J_BOTOCORE_DATA"), run.out);
        JsonNode index = Json.parse(Files.readAllBytes(out.resolve("index.json")));
        assertEquals(List.of("svc"), fieldNames(index.get("services")));
    }

    @Test
    void failsWithDirectionsWhenThereIsNoBotocore() throws Exception {
        // -S: no site-packages, so this python cannot import botocore
        Run run = python(List.of("-S"), Map.of("PYTHONPATH", tmp.resolve("nothing-here").toString()),
                "--out", tmp.resolve("out").toString(), "--botocore-data=", "--boto3-data=");
        assertEquals(2, run.exit, run.out + run.err);
        assertTrue(run.err.contains("no botocore data found"), run.err);
        assertTrue(run.err.contains("-Dboto4j.botocore.data=") && run.err.contains("BOTO4J_BOTOCORE_DATA"), run.err);

        Run notData = python(List.of(), Map.of(), "--out", tmp.resolve("out").toString(),
                "--botocore-data=" + tmp, "--boto3-data=");
        assertEquals(2, notData.exit, notData.out + notData.err);
        assertTrue(notData.err.contains("is not a botocore data directory"), notData.err);
        assertTrue(notData.err.contains("-Dboto4j.botocore.data="), notData.err);
    }

    @Test
    void skipsTheImportWhenNothingChangedAndRedoesItWhenAFileDid() throws Exception {
        Path data = fakeBotocoreData();
        Path out = tmp.resolve("out");
        String[] args = {"--out", out.toString(), "--botocore-data=" + data, "--boto3-data="};
        assertEquals(0, python(List.of(), Map.of(), args).exit);
        Path imported = out.resolve("svc/2020-01-01/service-2.json.gz");
        long firstWrite = Files.getLastModifiedTime(imported).toMillis();
        Files.writeString(out.resolve("stale.json.gz"), "left from an older import");

        Run again = python(List.of(), Map.of(), args);
        assertTrue(again.out.contains("up to date"), again.out);
        assertEquals(firstWrite, Files.getLastModifiedTime(imported).toMillis());

        write(data.resolve("svc/2020-01-01/paginators-1.json"), "{\"pagination\":{}}");
        Run changed = python(List.of(), Map.of(), args);
        assertTrue(changed.out.contains("imported 1 services"), changed.out);
        assertFalse(Files.exists(out.resolve("stale.json.gz")), "an import starts from an empty directory");
        // the plain file wins over the .gz one, as in botocore's loader
        assertEquals("{\"pagination\":{}}", new String(gunzip(out.resolve("svc/2020-01-01/paginators-1.json.gz")),
                StandardCharsets.UTF_8));
        assertNotEquals(0, Files.size(imported));
    }

    /** A full import of the installed botocore, compared with it file by file, token by token. */
    @Test
    void importOfTheInstalledBotocoreMatchesItTokenForTokenButDocumentation() throws Exception {
        Path botocoreData = Path.of(io.boto4j.testsupport.Python.run(
                "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))", "").trim());
        Path out = tmp.resolve("full");
        Run run = python(List.of(), Map.of(), "--out", out.toString(), "--botocore-data=" + botocoreData);
        assertEquals(0, run.exit, run.err);
        DataRoot imported = DataRoot.directory(out);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(botocoreData)) {
            sources = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.json(\\.gz)?$"))
                    .filter(p -> !p.getFileName().toString().startsWith("examples-1.json")).sorted().toList();
        }
        int files = 0;
        for (Path source : sources) {
            String logical = botocoreData.relativize(source).toString().replaceFirst("\\.gz$", "");
            if (source.toString().endsWith(".gz") && Files.exists(botocoreData.resolve(logical))) {
                continue; // the plain file is the one that counts
            }
            byte[] ours = imported.read(logical);
            assertTrue(ours != null, "the import lacks " + logical);
            byte[] theirs = source.toString().endsWith(".gz") ? gunzip(source) : Files.readAllBytes(source);
            assertEquals(tokens(theirs, true), tokens(ours, false), logical);
            files++;
        }
        assertTrue(files > 1500, "compared " + files + " files");
    }

    /** Every token with its exact text (numbers as written), skipping documentation strings when asked. */
    private static List<String> tokens(byte[] json, boolean skipDocumentation) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = Json.factory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (skipDocumentation && t == JsonToken.PROPERTY_NAME && p.currentName().equals("documentation")) {
                    if (p.nextToken() == JsonToken.VALUE_STRING) {
                        continue;
                    }
                    out.add(JsonToken.PROPERTY_NAME.id() + ":documentation");
                    t = p.currentToken();
                }
                out.add(t.id() + ":" + (t.isScalarValue() || t == JsonToken.PROPERTY_NAME ? p.getString() : ""));
                if (t.isStructStart()) {
                    out.set(out.size() - 1, t.asString());
                }
            }
        }
        return out;
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().iterator().forEachRemaining(names::add);
        return names;
    }
}
