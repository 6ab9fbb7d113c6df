package io.boto4j.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Conformance cases that are known not to pass, each with its reason, read from one classpath file
 * ({@code known-failures/<name>.txt}: lines of {@code suite case-id => reason}, {@code #} comments). A suite
 * prints passed/failed/known counts and fails when a listed case starts passing, so the list stays true.
 */
public final class KnownFailureList {
    private final Map<String, String> reasons;

    private KnownFailureList(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    public static KnownFailureList load(String name) {
        String path = "/known-failures/" + name + ".txt";
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = KnownFailureList.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing " + path);
            }
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int arrow = l.lastIndexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException(path + ":" + lineNo + ": expected 'suite case-id => reason'");
                }
                reasons.put(l.substring(0, arrow).strip(), l.substring(arrow + 4).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownFailureList(reasons);
    }

    /** The reason a case is known to fail, or null. {@code id} is {@code suite case-id}. */
    public String reason(String id) {
        return reasons.get(id);
    }

    public boolean isKnown(String id) {
        return reasons.containsKey(id);
    }
}
