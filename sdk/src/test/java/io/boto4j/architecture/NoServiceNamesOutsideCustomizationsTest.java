package io.boto4j.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.loader.Loader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * botocore's {@code handlers.py} is what not to grow: a service's quirks live in {@code customizations.<service>}.
 * This scans the main sources for string literals that name a service in the bundled data. The few places that
 * must name one for a reason of their own are listed here, with that reason.
 */
class NoServiceNamesOutsideCustomizationsTest {
    private static final Path MAIN = Path.of("src/main/java/io/boto4j");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z0-9-]+)\"");

    /** Literal to the packages allowed to use it, and why. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // credential providers call these services through their ServiceCaller SPI, as botocore's do
            "sts", Set.of("credentials"), "sso", Set.of("credentials"), "sso-oidc", Set.of("credentials"),
            "signin", Set.of("credentials"),
            // the "s3" dictionary is a botocore Config option and profile section, not a service reference
            "s3", Set.of("config", "auth"),
            // "ec2" is also the name of a wire protocol
            "ec2", Set.of("protocol", "model"));

    /** Service names that are also ordinary words in the code (trait names, JSON keys, name pieces). */
    private static final Set<String> WORDS = Set.of("location", "batch", "account", "connect", "amp", "config",
            "events", "logs", "support", "signer", "pricing", "budgets", "health", "pipes", "scheduler", "tnb");

    @Test
    void noPackageOutsideCustomizationsNamesAService() throws IOException {
        Set<String> services = new HashSet<>(Loader.fromEnvironment().listAvailableServices("service-2"));
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file).getName(0).toString();
                // customizations.<service>, and a higher layer's own customizations.<service> (resource.customizations.s3)
                if (pkg.equals("customizations") || MAIN.relativize(file).toString().contains("/customizations/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        String name = m.group(1);
                        if (services.contains(name) && !WORDS.contains(name)
                                && !ALLOWED.getOrDefault(name, Set.of()).contains(pkg)) {
                            leaks.add(MAIN.relativize(file) + ":" + (i + 1) + " names \"" + name + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), leaks, "move service-specific behaviour into customizations.<service>");
    }
}
