package io.boto4j.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports, on every build, how many cases each known-failures list holds and that every entry has a reason. */
class KnownFailuresSummaryTest {

    @Test
    void everyKnownFailureHasAReasonAndTheCountsAreReported() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode protocols = Json.parse(read("protocols.json").getBytes(StandardCharsets.UTF_8));
        protocols.fields().forEachRemaining(section -> {
            section.getValue().fields().forEachRemaining(entry ->
                    assertTrue(!entry.getValue().asText().isBlank(), "no reason for " + entry.getKey()));
            counts.put("protocols.json/" + section.getKey(), section.getValue().size());
        });
        counts.put("conformance.txt", countLines(read("conformance.txt"), "|"));
        counts.put("jmespath-paginate-waiter.txt", countLines(read("jmespath-paginate-waiter.txt"), "=>"));
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("known failures: " + counts + ", total " + total);
        assertTrue(total > 0);
    }

    private static int countLines(String text, String reasonSeparator) {
        int n = 0;
        for (String line : text.split("\n")) {
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int at = l.lastIndexOf(reasonSeparator);
            assertTrue(at > 0 && !l.substring(at + reasonSeparator.length()).isBlank(), "no reason: " + l);
            n++;
        }
        return n;
    }

    private static String read(String name) throws IOException {
        try (InputStream in = KnownFailuresSummaryTest.class.getResourceAsStream("/known-failures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
