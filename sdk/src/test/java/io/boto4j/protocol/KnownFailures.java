package io.boto4j.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The one file of conformance cases we knowingly fail, each with its reason. */
final class KnownFailures {
    private KnownFailures() {
    }

    static Map<String, String> section(String name) {
        try (InputStream in = KnownFailures.class.getResourceAsStream("/known-failures/protocols.json")) {
            if (in == null) {
                throw new IllegalStateException("known-failures/protocols.json is missing from test resources");
            }
            JsonNode root = Json.parse(in.readAllBytes());
            Map<String, String> out = new LinkedHashMap<>();
            root.path(name).fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
