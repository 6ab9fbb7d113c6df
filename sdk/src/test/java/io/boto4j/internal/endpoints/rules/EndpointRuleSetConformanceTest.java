package io.boto4j.internal.endpoints.rules;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code ../shared/conformance/endpoint-tests/<service>/endpoint-tests-1.json} against the rule set
 * beside it, and the engine's own {@code _engine} pairs: URL, headers, properties, or the exact error message.
 */
class EndpointRuleSetConformanceTest {
    private static final KnownFailures KNOWN = KnownFailures.forSuite("endpoint-rule-set");

    private static final java.util.concurrent.atomic.AtomicInteger LOADED = new java.util.concurrent.atomic.AtomicInteger();

    @TestFactory
    Stream<DynamicNode> everyRuleSetResolvesEveryCaseOfItsTests() throws IOException {
        Path root = Corpus.dir("endpoint-tests");
        int expected = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().equals("endpoint-tests-1.json")
                    || p.getParent().getFileName().toString().equals("test-cases")).toList()) {
                expected += Corpus.jsonCount(f, "testCases");
            }
        }
        List<DynamicNode> all = new ArrayList<>(serviceRuleSets());
        all.addAll(engineRuleSets());
        Corpus.assertLoaded("endpoint-rule-set", expected, LOADED.get());
        all.add(KNOWN.everyEntryWasUsed());
        return all.stream();
    }

    private static List<DynamicNode> serviceRuleSets() throws IOException {
        Path root = SharedData.conformance("endpoint-tests");
        Partitions partitions = Partitions.from(read(root.resolve("partitions.json")));
        List<DynamicNode> services = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String svc = dir.getFileName().toString();
                if (svc.startsWith("_")) {
                    continue;
                }
                RuleSet rules = RuleSet.compile(read(dir.resolve("endpoint-rule-set-1.json")), partitions);
                services.add(suite(svc, rules, read(dir.resolve("endpoint-tests-1.json"))));
            }
        }
        return services;
    }

    private static List<DynamicNode> engineRuleSets() throws IOException {
        Path root = SharedData.conformance("endpoint-tests");
        Partitions partitions = Partitions.from(read(root.resolve("partitions.json")));
        Path engine = root.resolve("_engine");
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(engine.resolve("test-cases"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replace(".json", "");
                RuleSet rules = RuleSet.compile(read(engine.resolve("valid-rules").resolve(name + ".json")), partitions);
                out.add(suite("_engine/" + name, rules, read(f)));
            }
        }
        return out;
    }

    private static DynamicContainer suite(String svc, RuleSet rules, JsonNode tests) {
        List<DynamicTest> cases = new ArrayList<>();
        int i = 0;
        for (JsonNode c : tests.path("testCases")) {
            String id = svc + "#" + i++ + " " + c.path("documentation").asString();
            cases.add(DynamicTest.dynamicTest(id, () -> run(svc, id, rules, c)));
            LOADED.incrementAndGet();
        }
        return DynamicContainer.dynamicContainer(svc, cases);
    }

    private static void run(String svc, String id, RuleSet rules, JsonNode c) {
        KNOWN.run(svc, id, () -> check(rules, c));
    }

    static Map<String, Object> params(JsonNode node) {
        Map<String, Object> out = new LinkedHashMap<>();
        node.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), JsonTrees.toJava(e.getValue())));
        return out;
    }

    private static void check(RuleSet rules, JsonNode c) {
        Map<String, Object> params = params(c.path("params"));
        JsonNode expect = c.path("expect");
        if (expect.has("error")) {
            RuleSetError e = assertThrows(RuleSetError.class, () -> rules.evaluate(params));
            assertEquals(expect.get("error").asString(), e.getMessage());
            return;
        }
        RuleSetEndpoint got = rules.evaluate(params);
        JsonNode want = expect.path("endpoint");
        assertEquals(want.path("url").asString(), got.url(), "url");
        assertEquals(orEmpty(want.get("headers")), JsonTrees.fromJava(got.headers()), "headers");
        assertEquals(orEmpty(want.get("properties")), JsonTrees.fromJava(got.properties()), "properties");
    }

    private static JsonNode orEmpty(JsonNode n) {
        return n == null ? JsonTrees.object() : n;
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
    }

    static JsonNode read(Path p) {
        try {
            return Json.parse(Files.readAllBytes(p));
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }
}
