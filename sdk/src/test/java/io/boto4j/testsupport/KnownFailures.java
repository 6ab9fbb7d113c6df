package io.boto4j.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The one list of conformance cases we know we fail, with reasons: {@code src/test/resources/known-failures/conformance.txt},
 * lines {@code <suite> | <case id> | <reason>}. A listed case that passes fails its test, so the list stays true.
 */
public final class KnownFailures {
    private final Map<String, String> reasons;

    private KnownFailures(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public static KnownFailures load(String suite) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = KnownFailures.class.getResourceAsStream("/known-failures/conformance.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] parts = line.split("\\s*\\|\\s*", 3);
                    if (parts.length == 3 && parts[0].trim().equals(suite)) {
                        out.put(parts[1].trim(), parts[2].trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownFailures(out);
    }

    /** The reason a case is known to fail, or null. */
    public String reason(String caseId) {
        return reasons.get(caseId);
    }
}
