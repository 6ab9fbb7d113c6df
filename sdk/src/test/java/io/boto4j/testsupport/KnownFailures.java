package io.boto4j.testsupport;

import tools.jackson.core.JacksonException;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * The one list of conformance and oracle cases boto4j knows it does not pass: {@code known-failures/known-failures.json},
 * {@code {"<suite>": {"<case id>": {"reason": "...", "fails-with": "..."}}}}. {@code fails-with} is a substring of
 * the failure a listed case must still show (its message, or its exception's class name), so a listed case that
 * starts failing for another reason is caught as a regression. A listed case that passes fails, and so does an
 * entry no case of its suite looked up (a stale or renamed id): {@link #everyEntryWasUsed()}.
 */
public final class KnownFailures {
    static final String RESOURCE = "/known-failures/known-failures.json";

    /** A listed case: why it fails, and a substring of the failure it must show. */
    public record Entry(String reason, String failsWith) {
    }

    private final String suite;
    private final Map<String, Entry> entries;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    // per group (a protocol, a file, a service): passed, failed, known
    private final Map<String, int[]> counts = new TreeMap<>();

    private KnownFailures(String suite, Map<String, Entry> entries) {
        this.suite = suite;
        this.entries = entries;
    }

    /** The entries of one suite; a suite with no entries has an empty list. */
    public static KnownFailures forSuite(String suite) {
        JsonNode node = file().path(suite);
        return new KnownFailures(suite, parse(suite, node));
    }

    /** Every suite's entries, for the summary. */
    static Map<String, Map<String, Entry>> all() {
        Map<String, Map<String, Entry>> out = new LinkedHashMap<>();
        file().properties().iterator().forEachRemaining(s -> out.put(s.getKey(), parse(s.getKey(), s.getValue())));
        return out;
    }

    private static Map<String, Entry> parse(String suite, JsonNode node) {
        Map<String, Entry> out = new LinkedHashMap<>();
        node.properties().iterator().forEachRemaining(e -> {
            String reason = e.getValue().path("reason").asString("");
            String failsWith = e.getValue().path("fails-with").asString("");
            if (reason.isBlank() || failsWith.isBlank()) {
                throw new IllegalStateException(RESOURCE + ": " + suite + " / " + e.getKey()
                        + " needs both a \"reason\" and a \"fails-with\" (a substring of the failure it shows)");
            }
            out.put(e.getKey(), new Entry(reason, failsWith));
        });
        return out;
    }

    private static JsonNode file() {
        try (InputStream in = KnownFailures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test resources");
            }
            return Json.parse(in.readAllBytes());
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }

    /** The entry for a case, marking it used, or null when the case is not listed. */
    public Entry entry(String id) {
        Entry e = entries.get(id);
        if (e != null) {
            used.add(id);
        }
        return e;
    }

    public boolean isListed(String id) {
        return entry(id) != null;
    }

    /** Runs a case: an exception or assertion error is its failure. */
    public void run(String group, String id, Executable check) {
        String problem = null;
        try {
            check.execute();
        } catch (Throwable t) {
            problem = describe(t);
        }
        verify(group, id, problem);
    }

    /**
     * Checks a case's outcome against the list. {@code problem} is null when the case passed, else what failed.
     * Throws when an unlisted case failed, a listed one passed, or a listed one failed differently.
     */
    public void verify(String group, String id, String problem) {
        Entry e = entry(id);
        if (e == null) {
            count(group, problem == null ? 0 : 1);
            if (problem != null) {
                throw new AssertionError(id + ": " + problem);
            }
            return;
        }
        if (problem == null) {
            count(group, 1);
            throw new AssertionError(suite + " / " + id + " is listed as a known failure (" + e.reason()
                    + ") but passes; remove it from " + RESOURCE);
        }
        if (!problem.contains(e.failsWith())) {
            count(group, 1);
            throw new AssertionError(suite + " / " + id + " is a known failure expected to fail with '"
                    + e.failsWith() + "' but failed differently: " + problem);
        }
        count(group, 2);
        System.out.println("known failure " + suite + " / " + id + ": " + e.reason());
    }

    /** The text a failure is matched against: its class name and message. */
    public static String describe(Throwable t) {
        return t.getClass().getName() + ": " + t.getMessage();
    }

    private synchronized void count(String group, int slot) {
        if (!group.isEmpty()) {
            counts.computeIfAbsent(group, g -> new int[3])[slot]++;
        }
        counts.computeIfAbsent("", g -> new int[3])[slot]++;
    }

    public synchronized int passed() {
        return counts.getOrDefault("", new int[3])[0];
    }

    public synchronized int failed() {
        return counts.getOrDefault("", new int[3])[1];
    }

    public synchronized int known() {
        return counts.getOrDefault("", new int[3])[2];
    }

    /** Prints passed/failed/known per group and in total. */
    public synchronized void printCounts() {
        counts.forEach((group, n) -> {
            if (!group.isEmpty()) {
                System.out.printf("%s %-40s passed=%d failed=%d known=%d%n", suite, group, n[0], n[1], n[2]);
            }
        });
        System.out.printf("%s TOTAL passed=%d failed=%d known=%d%n", suite, passed(), failed(), known());
    }

    /** Fails when an entry of this suite was never looked up: its id is stale, renamed, or its case was not loaded. */
    public void assertEveryEntryWasUsed() {
        Set<String> unused = new TreeSet<>(entries.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new AssertionError(suite + ": known-failure entries that match no case (stale or renamed ids; "
                    + "remove them from " + RESOURCE + "): " + unused);
        }
    }

    /** {@link #assertEveryEntryWasUsed()} as the last dynamic test of a suite's stream. */
    public DynamicTest everyEntryWasUsed() {
        return DynamicTest.dynamicTest("every known failure listed for " + suite + " matches a case",
                this::assertEveryEntryWasUsed);
    }

    public List<String> ids() {
        return List.copyOf(entries.keySet());
    }
}
