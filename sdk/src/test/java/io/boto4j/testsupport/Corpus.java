package io.boto4j.testsupport;

import tools.jackson.core.JacksonException;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How many cases a corpus holds, counted straight from its files and independently of the loader a suite uses,
 * so a suite that loads fewer cases than its corpus holds (a skipped directory, a filter, a missing folder) fails
 * instead of passing on what it did not run.
 */
public final class Corpus {
    private Corpus() {
    }

    /** A corpus directory under {@code ../shared/conformance}; fails when it is missing or empty. */
    public static Path dir(String sub) {
        Path p = SharedData.conformance(sub);
        if (!Files.isDirectory(p)) {
            throw new AssertionError("conformance corpus " + p + " is missing; check out ../shared or set "
                    + "-Dboto4j.shared.dir");
        }
        try (Stream<Path> s = Files.list(p)) {
            if (s.findAny().isEmpty()) {
                throw new AssertionError("conformance corpus " + p + " is empty");
            }
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
        return p;
    }

    /** Files under {@code dir} (recursively) whose name ends with {@code suffix}. */
    public static int files(Path dir, String suffix) {
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }

    /**
     * The number of nodes at {@code path} in a JSON file, where a {@code *} step walks every element of an array
     * (or every value of an object) and the last step's array counts its elements: {@code "*", "cases"} counts the
     * cases of every suite of a file.
     */
    public static int jsonCount(Path file, String... path) {
        try {
            return count(Json.parse(Files.readAllBytes(file)), path, 0);
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }

    private static int count(JsonNode node, String[] path, int i) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (i == path.length) {
            return node.isContainer() ? node.size() : 1;
        }
        if (path[i].equals("*")) {
            int n = 0;
            for (JsonNode child : node) {
                n += count(child, path, i + 1);
            }
            return n;
        }
        return count(node.get(path[i]), path, i + 1);
    }

    /** Asserts a suite loaded exactly the cases its corpus holds (and some), and prints the figure. */
    public static void assertLoaded(String suite, int expected, int loaded) {
        if (expected <= 0) {
            throw new AssertionError(suite + ": the corpus holds no cases; is it checked out?");
        }
        assertEquals(expected, loaded, suite + ": cases loaded vs cases in the corpus");
        System.out.println(suite + ": loaded " + loaded + " cases (corpus holds " + expected + ")");
    }
}
