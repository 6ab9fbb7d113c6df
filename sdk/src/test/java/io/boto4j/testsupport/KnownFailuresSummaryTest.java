package io.boto4j.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Reports, on every build, how many known failures each suite lists, and checks that every section of the list
 * belongs to a suite that reads it (a renamed suite would otherwise leave its entries unchecked). Each suite
 * checks its own entries were all used; every entry has a reason and an expected failure (the loader insists).
 */
class KnownFailuresSummaryTest {
    /** The suites that read the list, each through {@link KnownFailures#forSuite}. */
    private static final Set<String> SUITES = Set.of("protocol-input", "protocol-output", "response-parsing",
            "cbor-decode", "sigv4", "endpoint-rule-set", "customizations-differential", "jmespath-oracle",
            "waiter-oracle", "paginators", "waiters", "request-differential", "endpoint-operation-inputs");

    @Test
    void everyListedSuiteExistsAndEveryEntryHasAReasonAndAnExpectedFailure() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        KnownFailures.all().forEach((suite, entries) -> counts.put(suite, entries.size()));
        Set<String> unknown = new TreeSet<>(counts.keySet());
        unknown.removeAll(SUITES);
        assertEquals(Set.of(), unknown, "sections of " + KnownFailures.RESOURCE + " no suite reads");
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("known failures: " + counts + ", total " + total);
    }
}
