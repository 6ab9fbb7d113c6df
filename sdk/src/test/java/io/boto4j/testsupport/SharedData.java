package io.boto4j.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code ../shared} (conformance corpora, bench) is: the {@code boto4j.shared.dir} property Maven sets, else beside the checkout. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String prop = System.getProperty("boto4j.shared.dir");
        if (prop != null && Files.isDirectory(Path.of(prop))) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("conformance"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared not found beside the checkout (set -Dboto4j.shared.dir)");
    }

    public static Path conformance(String sub) {
        return root().resolve("conformance").resolve(sub);
    }
}
