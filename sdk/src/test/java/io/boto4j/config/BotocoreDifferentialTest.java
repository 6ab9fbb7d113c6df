package io.boto4j.config;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.core.type.TypeReference;
import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.credentials.BearerTokens;
import io.boto4j.credentials.CredentialResolver;
import io.boto4j.credentials.Credentials;
import io.boto4j.credentials.ResolvedCredentials;
import io.boto4j.exception.Boto4jException;
import io.boto4j.internal.json.Json;
import io.boto4j.internal.loader.Loader;
import io.boto4j.testsupport.Python;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential test against botocore: every scenario under {@code src/test/resources/config-scenarios/} (config
 * file, credentials file, environment, session profile/region, client Config) is resolved by boto4j and by
 * botocore in python3, and both must agree on region, configured endpoint URL, retry mode, total max attempts,
 * the s3 dictionary (addressing style and friends) and credentials (keys and {@code method}), or fail with the same
 * error class (boto4j's error class must be botocore's class or one of its bases).
 *
 * <p>Each scenario directory is copied to a temp dir with {@code @DIR@} replaced by its location; the
 * environment always points AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE and HOME into it and disables IMDS.
 */
class BotocoreDifferentialTest {
    @TempDir
    static Path work;

    private static final List<Scenario> scenarios = new ArrayList<>();
    private static JsonNode botocore;
    private static DefaultsModes modes;
    private static final Loader loader = Loader.forSearchPaths(List.of());

    record Scenario(String name, ObjectNode input, Map<String, String> env) {
    }

    @BeforeAll
    static void runBotocoreOnEveryScenario() throws IOException, URISyntaxException {
        modes = new DefaultsModes(Json.parse(Files.readAllBytes(
                SharedData.conformance("retries").resolve("sdk-default-configuration.json"))));
        Path root = Path.of(BotocoreDifferentialTest.class.getResource("/config-scenarios").toURI());
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        List<JsonNode> inputs = new ArrayList<>();
        for (Path dir : dirs) {
            Path copy = work.resolve(dir.getFileName().toString());
            copyReplacing(dir, copy);
            ObjectNode input = (ObjectNode) Json.parse(Files.readAllBytes(copy.resolve("scenario.json")));
            Map<String, String> env = new LinkedHashMap<>();
            env.put("AWS_CONFIG_FILE", copy.resolve("config").toString());
            env.put("AWS_SHARED_CREDENTIALS_FILE", copy.resolve("credentials").toString());
            env.put("HOME", copy.resolve("home").toString());
            env.put("AWS_EC2_METADATA_DISABLED", "true");
            env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            if (input.has("env")) {
                env.putAll((Map<String, String>) JsonTrees.toJava(input.get("env")));
            }
            input.set("env", JsonTrees.fromJava(env));
            scenarios.add(new Scenario(dir.getFileName().toString(), input, env));
            inputs.add(input);
        }
        String script;
        try (InputStream in = BotocoreDifferentialTest.class.getResourceAsStream("/oracle/config_oracle.py")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        botocore = Json.parse(Python.run(script, Json.write(inputs)).getBytes(StandardCharsets.UTF_8));
    }

    private static void copyReplacing(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.writeString(target, Files.readString(f).replace("@DIR@", to.toString()));
                    if (f.toString().endsWith(".sh")) {
                        target.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> boto4jResolvesWhatBotocoreResolves() {
        assertTrue(scenarios.size() >= 40, "at least 40 scenarios");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            JsonNode expected = botocore.get(i);
            tests.add(DynamicTest.dynamicTest(s.name(), () -> {
                compare("config", expected.get("config"), () -> resolveConfig(s));
                compare("credentials", expected.get("credentials"), () -> resolveCredentials(s, expected.get("credentials")));
            }));
        }
        System.out.println("config-scenarios: " + tests.size() + " differential scenarios against botocore");
        return tests.stream();
    }

    interface Resolution {
        Object run();
    }

    private static void compare(String part, JsonNode expected, Resolution resolution) {
        Object actual;
        try {
            actual = resolution.run();
        } catch (Boto4jException e) {
            assertNotNull(expected.get("error"), part + ": boto4j raised " + e + " but botocore resolved " + expected);
            List<String> mro = new ArrayList<>();
            expected.get("mro").forEach(n -> mro.add(n.asString()));
            assertTrue(mro.contains(e.getClass().getSimpleName()), part + ": boto4j raised "
                    + e.getClass().getSimpleName() + " (" + e.getMessage() + "), botocore " + mro);
            return;
        }
        if (expected != null && expected.has("error")) {
            throw new AssertionError(part + ": botocore raised " + expected.get("error") + " but boto4j resolved " + actual);
        }
        assertEquals(expected == null || expected.isNull() ? null : expected,
                actual == null ? null : JsonTrees.fromJava(actual), part);
    }

    private static ConfigStore store(Scenario s) {
        ConfigStore.Builder b = ConfigStore.builder().env(s.env());
        if (s.input().has("profile")) {
            b.profileName(s.input().get("profile").asString());
        }
        if (s.input().has("region")) {
            b.regionName(s.input().get("region").asString());
        }
        return b.build();
    }

    private static Object resolveConfig(Scenario s) {
        ObjectNode in = s.input();
        Config cfg = in.has("clientConfig")
                ? Config.fromMap((Map<String, Object>) JsonTrees.toJava(in.get("clientConfig")))
                : null;
        String serviceId = loader.loadServiceModel(in.get("service").asString(), "service-2", null)
                .path("metadata").path("serviceId").asString();
        // as botocore's create_client, which builds the token chain eagerly
        BearerTokens.createDefault(store(s), null, "s3", Clock.systemUTC()).checkConfiguration();
        ResolvedClientConfig rc = new ClientConfigResolution(store(s), modes, () -> null)
                .resolve(serviceId, in.has("clientRegion") ? in.get("clientRegion").asString() : null, null, cfg);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("region", rc.regionName());
        out.put("endpointUrl", rc.endpointUrl());
        out.put("retryMode", rc.retryMode());
        out.put("totalMaxAttempts", rc.totalMaxAttempts());
        out.put("s3", rc.s3());
        return out;
    }

    private static Object resolveCredentials(Scenario s, JsonNode expected) {
        ResolvedCredentials rc = CredentialResolver.createDefault(store(s), null, CredentialResolver.Options.defaults())
                .loadCredentialsOrNull();
        if (rc == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("method", rc.method());
        if (expected != null && expected.has("accessKey")) {
            // botocore fetched these (not deferred), so boto4j may fetch too
            Credentials c = rc.get();
            out.put("accessKey", c.accessKey());
            out.put("secretKey", c.secretKey());
            out.put("token", c.token());
        }
        return out;
    }
}
