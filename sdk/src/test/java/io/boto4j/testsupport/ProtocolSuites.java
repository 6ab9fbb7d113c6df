package io.boto4j.testsupport;

import io.boto4j.internal.json.JsonTrees;
import tools.jackson.core.JacksonException;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.internal.json.Json;
import io.boto4j.model.ServiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * botocore's protocol compliance suites ({@code ../shared/conformance/protocols}): every case of a direction
 * (input or output), with a service model built for it as the corpus README describes, and whether botocore's
 * own ignore list skips it.
 */
public final class ProtocolSuites {
    public record Case(String file, String suite, String id, JsonNode suiteNode, JsonNode caseNode,
                       ServiceModel model, boolean ignoredByBotocore) {
        /** The protocol the case speaks: the suite's metadata.protocol. */
        public String protocol() {
            return suiteNode.path("metadata").path("protocol").asString();
        }

        public String displayName() {
            return file + " :: " + suite + " :: " + id;
        }
    }

    private ProtocolSuites() {
    }

    /** Every case of {@code input} or {@code output}, including the legacy suites. */
    public static List<Case> cases(String direction) {
        Path root = Corpus.dir("protocols");
        JsonNode ignore = read(root.resolve("protocol-tests-ignore-list.json"));
        List<Case> out = new ArrayList<>();
        for (Path dir : List.of(root.resolve(direction), root.resolve("legacy").resolve(direction))) {
            if (!Files.isDirectory(dir)) {
                throw new AssertionError("protocol corpus directory " + dir + " is missing");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    addFile(out, root.relativize(f).toString(), read(f), ignore, direction);
                }
            } catch (IOException | JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
        }
        return out;
    }

    /** How many cases the corpus holds for a direction, counted from its files alone (every suite's cases). */
    public static int corpusCount(String direction) {
        Path root = Corpus.dir("protocols");
        int n = 0;
        for (Path dir : List.of(root.resolve(direction), root.resolve("legacy").resolve(direction))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    n += Corpus.jsonCount(f, "*", "cases");
                }
            } catch (IOException | JacksonException e) {
                throw new UncheckedIOException(Json.io(e));
            }
        }
        return n;
    }

    private static void addFile(List<Case> out, String file, JsonNode suites, JsonNode ignore, String direction) {
        String base = Path.of(file).getFileName().toString().replace(".json", "");
        Set<String> ignoredSuites = new HashSet<>();
        Set<String> ignoredCases = new HashSet<>();
        collect(ignore.path("general"), ignoredSuites, ignoredCases, direction);
        collect(ignore.path("protocols").path(base), ignoredSuites, ignoredCases, direction);
        int suiteIndex = 0;
        for (JsonNode suite : suites) {
            String description = suite.path("description").asString("suite " + suiteIndex);
            int caseIndex = 0;
            for (JsonNode c : suite.path("cases")) {
                String id = c.has("id") ? c.get("id").asString() : description + " #" + caseIndex;
                ObjectNode model = JsonTrees.object();
                model.set("metadata", suite.path("metadata"));
                model.set("shapes", suite.path("shapes"));
                ObjectNode ops = model.putObject("operations");
                JsonNode given = c.path("given");
                ops.set(given.path("name").asString("Operation"), given);
                boolean ignored = ignoredSuites.contains(description) || ignoredCases.contains(id);
                out.add(new Case(file, description, id, suite, c,
                        ModelTrees.fromTree(base, model), ignored));
                caseIndex++;
            }
            suiteIndex++;
        }
    }

    private static void collect(JsonNode node, Set<String> suites, Set<String> cases, String direction) {
        JsonNode d = node.path(direction);
        d.path("suites").forEach(s -> suites.add(s.asString()));
        d.path("cases").forEach(c -> cases.add(c.asString()));
        node.path("suites").forEach(s -> suites.add(s.asString()));
        node.path("cases").forEach(c -> cases.add(c.asString()));
    }

    private static JsonNode read(Path p) {
        try {
            return Json.parse(Files.readAllBytes(p));
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }
}
