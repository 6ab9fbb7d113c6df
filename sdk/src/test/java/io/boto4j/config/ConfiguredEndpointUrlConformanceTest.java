package io.boto4j.config;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configured-endpoint-urls/profile-tests.json} at the resolution level: for each case, the endpoint URL
 * configured for s3/dynamodb from the profile, services section, environment and client config. A case whose
 * expected URL is AWS's own endpoint must resolve to no configured URL (the rule set then picks it).
 */
class ConfiguredEndpointUrlConformanceTest {
    private static final Map<String, String> SERVICE_IDS = Map.of("s3", "S3", "dynamodb", "DynamoDB");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyProfileTestCase() throws IOException {
        Path file = SharedData.conformance("config-files").resolve("configured-endpoint-urls/profile-tests.json");
        JsonNode suite = Json.parse(Files.readAllBytes(file)).path("testSuites").get(0);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : suite.path("endpointUrlTests")) {
            tests.add(DynamicTest.dynamicTest(c.path("name").asString(), () -> run(suite, c)));
        }
        Corpus.assertLoaded("configured-endpoint-urls/profile-tests.json",
                Corpus.jsonCount(Corpus.dir("config-files").resolve("configured-endpoint-urls/profile-tests.json"),
                        "testSuites", "*", "endpointUrlTests"), tests.size());
        return tests.stream();
    }

    private void run(JsonNode suite, JsonNode c) throws IOException {
        String profileName = c.path("profile").asString();
        JsonNode profile = suite.path("profiles").path(profileName);
        StringBuilder ini = new StringBuilder("[profile ").append(profileName).append("]\n");
        profile.properties().iterator().forEachRemaining(e -> ini.append(e.getKey()).append(" = ").append(e.getValue().asString()).append('\n'));
        if (profile.has("services")) {
            String section = profile.path("services").asString();
            ini.append("[services ").append(section).append("]\n");
            suite.path("services").path(section).properties().iterator().forEachRemaining(svc -> {
                ini.append(svc.getKey()).append(" =\n");
                svc.getValue().properties().iterator().forEachRemaining(kv ->
                        ini.append("  ").append(kv.getKey()).append(" = ").append(kv.getValue().asString()).append('\n'));
            });
        }
        Path config = Files.createTempFile(dir, "config", "");
        Files.writeString(config, ini);
        Map<String, String> env = new LinkedHashMap<>();
        suite.path("environments").path(c.path("environment").asString()).properties().iterator()
                .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asString()));
        JsonNode clientConfig = suite.path("client_configs").path(c.path("client_config").asString());
        Config.Builder cfg = Config.builder();
        if (clientConfig.has("ignore_configured_endpoint_urls")) {
            cfg.ignoreConfiguredEndpointUrls(clientConfig.path("ignore_configured_endpoint_urls").asBoolean());
        }
        String endpointArg = clientConfig.has("endpoint_url") ? clientConfig.path("endpoint_url").asString() : null;

        ConfigStore store = ConfigStore.builder().env(env).configFile(config)
                .credentialsFile(dir.resolve("no-credentials")).profileName(profileName).build();
        String serviceId = SERVICE_IDS.get(c.path("service").asString());
        // the production merge: an endpoint_url given to the client wins over every configured one
        String resolved = new ClientConfigResolution(store, new DefaultsModes(JsonTrees.object()), null)
                .resolve(serviceId, "us-east-1", endpointArg, cfg.build()).endpointUrl();
        String expected = c.path("output").path("endpointUrl").asString();
        if (expected.endsWith(".amazonaws.com")) {
            assertNull(resolved, "no endpoint URL should be configured");
            assertTrue(Set.of("s3", "dynamodb").contains(c.path("service").asString()));
        } else {
            assertEquals(expected, resolved);
        }
    }
}
