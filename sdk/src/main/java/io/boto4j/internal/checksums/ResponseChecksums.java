package io.boto4j.internal.checksums;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Picks the checksum a response is validated against. */
public final class ResponseChecksums {
    /** A checksum the response carries: the algorithm and its base64 value. */
    public record Expected(ChecksumAlgorithm algorithm, String base64) {
    }

    private ResponseChecksums() {
    }

    /**
     * The strongest supported checksum header in {@code lowerCaseHeaders} among {@code candidates} (the
     * operation's {@code responseAlgorithms}), by botocore's priority. Composite checksums of multipart
     * objects ({@code <base64>-<parts>}) cannot be checked against the body; the next algorithm is tried.
     */
    public static Optional<Expected> select(Map<String, String> lowerCaseHeaders,
            Collection<ChecksumAlgorithm> candidates) {
        return select(lowerCaseHeaders::get, candidates);
    }

    /** {@link #select(Map, Collection)} over a header lookup by lower-case name (a response's own headers). */
    public static Optional<Expected> select(Function<String, String> header, Collection<ChecksumAlgorithm> candidates) {
        for (ChecksumAlgorithm a : ChecksumAlgorithm.values()) {
            if (!a.isFlexible() || !candidates.contains(a)) {
                continue;
            }
            String value = header.apply(a.headerName());
            if (value == null) {
                continue;
            }
            if (value.contains("-")) {
                continue;
            }
            return Optional.of(new Expected(a, value.trim()));
        }
        return Optional.empty();
    }
}
