package io.boto4j.internal.protocol;

import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ClientError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * botocore's real-service response samples ({@code response-parsing/}): each parsed with the real bundled model
 * and compared with botocore's expected dict, ResponseMetadata included. The corpus keeps timestamps as the raw
 * text botocore's test parser returns; the comparison reads that text with java.time.
 */
class ResponseParsingCorpusTest {
    private static final Path ROOT = Corpus.dir("response-parsing");
    private static final Loader LOADER = Loader.fromEnvironment();
    private static final Map<String, ServiceModel> MODELS = new HashMap<>();
    private static final KnownFailures KNOWN = KnownFailures.forSuite("response-parsing");

    @TestFactory
    Stream<DynamicNode> parsesRealResponsesAndErrorsAsBotocoreDoes() throws IOException {
        List<DynamicTest> responses = pairs(ROOT.resolve("xml/responses"), ".xml").map(p -> DynamicTest.dynamicTest(
                name(p), () -> run(name(p), p, p.resolveSibling(name(p) + ".json"), 200))).toList();
        List<DynamicTest> xmlErrors = pairs(ROOT.resolve("xml/errors"), ".xml").map(p -> DynamicTest.dynamicTest(
                "errors/" + name(p), () -> run("errors/" + name(p), p, p.resolveSibling(name(p) + ".json"), 400)))
                .toList();
        List<DynamicTest> jsonErrors = pairs(ROOT.resolve("json/errors"), ".json").map(p -> DynamicTest.dynamicTest(
                "json/" + name(p), () -> run("json/" + name(p), p,
                        ROOT.resolve("json/expected").resolve(name(p) + ".json"), 400))).toList();
        // every response body in the corpus is a case; each has its expected result beside it or under expected/
        Corpus.assertLoaded("response-parsing", Corpus.files(ROOT.resolve("xml/responses"), ".xml")
                        + Corpus.files(ROOT.resolve("xml/errors"), ".xml") + Corpus.files(ROOT.resolve("json/errors"), ".json"),
                responses.size() + xmlErrors.size() + jsonErrors.size());
        return Stream.of(DynamicContainer.dynamicContainer("xml responses", responses),
                DynamicContainer.dynamicContainer("xml errors", xmlErrors),
                DynamicContainer.dynamicContainer("json errors", jsonErrors), KNOWN.everyEntryWasUsed());
    }

    private static Stream<Path> pairs(Path dir, String ext) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(ext)).sorted().toList().stream();
        }
    }

    private static String name(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.lastIndexOf('.'));
    }

    private static void run(String id, Path bodyFile, Path expectedFile, int status) throws IOException {
        String problem;
        try {
            problem = check(name(bodyFile), bodyFile, expectedFile, status);
        } catch (RuntimeException e) {
            problem = "threw " + e;
        }
        KNOWN.verify("", id, problem);
    }

    private static String check(String fileName, Path bodyFile, Path expectedFile, int status) throws IOException {
        String base = fileName.replaceAll("#\\d+$", "");
        String service = base.substring(0, base.indexOf('-'));
        String snake = base.substring(base.indexOf('-') + 1).replace('-', '_');
        ServiceModel model = MODELS.computeIfAbsent(service, s ->
                ModelTrees.fromTree(s, LOADER.loadServiceModel(s, "service-2", null)));
        OperationModel op = model.operationModel(snake);
        byte[] body = Files.readAllBytes(bodyFile);
        HttpHeaders.Builder headers = HttpHeaders.builder();
        if (bodyFile.toString().endsWith(".json") && body.length > 0) {
            JsonNode tree = Json.parse(body);
            if (tree.has("__headers__")) {
                tree.get("__headers__").properties().iterator().forEachRemaining(e -> headers.add(e.getKey(), e.getValue().asString()));
                ((ObjectNode) tree).remove("__headers__");
                body = Json.mapper().writeValueAsBytes(tree);
            }
        }
        HttpHeaders h = headers.build();
        HttpResponse response = HttpResponse.of(status, h, body);
        Map<String, Object> parsed;
        try {
            parsed = Parsers.forModel(model).parse(op, response);
        } catch (ClientError e) {
            parsed = e.getResponse();
        }
        Map<String, Object> actual = new LinkedHashMap<>(parsed);
        if (actual.get("ResponseMetadata") instanceof Map<?, ?> m) {
            Map<Object, Object> meta = new LinkedHashMap<>(m);
            meta.remove("RetryAttempts");
            actual.put("ResponseMetadata", meta);
        }
        // botocore's corpus runs the parser alone; the modeled error's members (DynamoDB's "message", ...) are
        // added by botocore's endpoint, and by our parseError, so they are not part of this comparison
        String code = ErrorResponses.code(actual);
        if (code != null && model.errorShapes().containsKey(code)) {
            model.errorShapes().get(code).members().keySet().forEach(k -> {
                if (!"Error".equals(k)) {
                    actual.remove(k);
                }
            });
        }
        JsonNode expectedTree = Json.parse(Files.readAllBytes(expectedFile));
        @SuppressWarnings("unchecked")
        Map<String, Object> expected = (Map<String, Object>) BotocoreValues.fromJson(expectedTree);
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) expected.computeIfAbsent("ResponseMetadata",
                k -> new LinkedHashMap<String, Object>());
        meta.put("HTTPStatusCode", new BigDecimal(status));
        meta.put("HTTPHeaders", new LinkedHashMap<>(h.toLowerCaseMap()));
        return BotocoreValues.diff("result", datesAsEpoch(expected), BotocoreValues.normalize(actual));
    }

    /** The corpus writes timestamps as the service's text; read them (independently of boto4j) as epoch seconds. */
    private static Object datesAsEpoch(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k.toString(), datesAsEpoch(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(datesAsEpoch(x)));
            return out;
        }
        if (v instanceof String s) {
            Instant i = asDate(s);
            if (i != null) {
                return new BigDecimal(i.getEpochSecond()).add(BigDecimal.valueOf(i.getNano(), 9)).stripTrailingZeros();
            }
        }
        return v;
    }

    private static Instant asDate(String s) {
        if (s.length() < 19 || s.length() > 40) {
            return null;
        }
        try {
            if (s.charAt(4) == '-' && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
                String t = s.replace(' ', 'T');
                t = t.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? t : t + "Z";
                return OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
            if (Character.isLetter(s.charAt(0)) && s.endsWith("GMT")) {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
    }
}
