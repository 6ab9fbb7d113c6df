package io.boto4j.internal.endpoints;

import io.boto4j.internal.json.JsonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.Session;
import io.boto4j.client.Client;
import io.boto4j.client.ClientOptions;
import io.boto4j.config.Config;
import io.boto4j.http.HttpRequest;
import io.boto4j.events.Signing;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code operationInputs} case of the endpoint-tests corpora run as a real call on a real client: the region
 * and endpoint URL as client options, the case's built-ins set through {@code before-endpoint-resolution} (exactly
 * those: a built-in the case leaves out is unset, not the SDK's default), its operation parameters as the call's. The request is captured at
 * {@code before-sign} (how it is signed) and {@code before-send} (what would go on the wire), and never sent.
 * Compared with the case: the URL (scheme and host equal, the endpoint's path a prefix of the request's), every
 * expected header, and the first auth scheme's name, signing name, region or region set and double encoding; an
 * error case must fail with the expected message.
 */
class EndpointOperationInputsConformanceTest {
    private static final KnownFailures KNOWN = KnownFailures.forSuite("endpoint-operation-inputs");

    /** Thrown by the before-send handler so nothing is sent. */
    private static final class Captured extends RuntimeException {
        Captured() {
            super("captured before send", null, false, false);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationInputResolvesThroughARealCallAsItsCaseExpects() throws IOException {
        Path root = Corpus.dir("endpoint-tests");
        List<DynamicTest> tests = new ArrayList<>();
        int expected = 0;
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path file = dir.resolve("endpoint-tests-1.json");
                if (!Files.exists(file)) {
                    continue;
                }
                String svc = dir.getFileName().toString();
                JsonNode cases = Json.parse(Files.readAllBytes(file)).get("testCases");
                for (int i = 0; i < cases.size(); i++) {
                    JsonNode c = cases.get(i);
                    JsonNode inputs = c.path("operationInputs");
                    expected += inputs.size();
                    for (int j = 0; j < inputs.size(); j++) {
                        JsonNode input = inputs.get(j);
                        String id = svc + "#" + i + "." + j + " " + input.get("operationName").asString() + ": "
                                + c.path("documentation").asString();
                        tests.add(DynamicTest.dynamicTest(id, () -> KNOWN.run("", id,
                                () -> check(svc, input, c.get("expect")))));
                    }
                }
            }
        }
        // counted with the corpus's own parser, independently of the walk above
        Corpus.assertLoaded("endpoint-operation-inputs", corpusCount(root), tests.size());
        assertTrue(expected == tests.size());
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static int corpusCount(Path root) throws IOException {
        int n = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(p -> p.getFileName().toString().equals("endpoint-tests-1.json")).toList()) {
                for (JsonNode c : Json.parse(Files.readAllBytes(f)).get("testCases")) {
                    n += c.path("operationInputs").size();
                }
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private static void check(String svc, JsonNode input, JsonNode expect) throws Exception {
        Map<String, Object> builtIns = (Map) JsonTrees.toJava(input.path("builtInParams"));
        Map<String, Object> clientParams = input.has("clientParams")
                ? (Map) JsonTrees.toJava(input.get("clientParams")) : Map.of();
        Map<String, Object> params = input.has("operationParams")
                ? (Map) JsonTrees.toJava(input.get("operationParams")) : Map.of();
        String region = (String) builtIns.getOrDefault(BuiltIns.REGION, "us-east-1");
        Map<String, String> env = new HashMap<>();
        env.put("AWS_CONFIG_FILE", "/nonexistent/boto4j-config");
        env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/boto4j-credentials");
        Session session = Session.builder().regionName(region).awsAccessKeyId("AKIDEXAMPLE")
                .awsSecretAccessKey("secret").environment(env).build();
        Map<String, Object> config = new HashMap<>();
        if (!clientParams.isEmpty()) {
            config.put("client_context_params", clientParams);
        }
        ClientOptions.Builder options = ClientOptions.builder().config(Config.fromMap(config));
        if (builtIns.get(BuiltIns.ENDPOINT) instanceof String url) {
            options.endpointUrl(url);
        }
        String[] hostPrefix = {null};
        Signing[] signing = {null};
        HttpRequest[] sent = {null};
        Throwable failure = null;
        try (Client client = session.client(svc, options.build())) {
            String eventName = client.meta().serviceModel().eventName();
            hostPrefix[0] = client.meta().serviceModel().operationModel(input.get("operationName").asString()).hostPrefix();
            client.meta().events().register("before-endpoint-resolution." + eventName, (name, kwargs) -> {
                // a built-in the case leaves out is unset in the corpus, not the SDK's default for it
                Map<String, Object> resolverBuiltIns = (Map<String, Object>) kwargs.get("builtins");
                resolverBuiltIns.clear();
                resolverBuiltIns.putAll(builtIns);
                return null;
            });
            client.meta().events().register("before-sign." + eventName, event -> {
                signing[0] = event.signing();
                return null;
            });
            client.meta().events().register("before-send." + eventName, event -> {
                sent[0] = event.request().build();
                throw new Captured();
            });
            try {
                client.call(input.get("operationName").asString(), params);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (expect.has("error")) {
            assertNotNull(failure, "expected the error " + expect.get("error").asString() + " but the call went out");
            assertTrue(!(failure instanceof Captured), "expected the error " + expect.get("error").asString()
                    + " but the request was built: " + (sent[0] == null ? null : sent[0].uri()));
            String message = String.valueOf(failure.getMessage());
            assertTrue(message.contains(expect.get("error").asString()), "error " + failure.getClass().getSimpleName()
                    + ": " + message + ", expected " + expect.get("error").asString());
            return;
        }
        if (!(failure instanceof Captured)) {
            throw new AssertionError("the call failed before sending: " + failure, failure);
        }
        JsonNode endpoint = expect.get("endpoint");
        URI want = URI.create(endpoint.get("url").asString());
        URI got = sent[0].uri();
        String where = "request " + got + ", endpoint " + want;
        // the operation's host prefix (WriteGetObjectResponse's {RequestRoute}.) goes before the endpoint's host,
        // unless a customization drops it (S3 Control's {AccountId}., which its rule set places itself)
        String prefix = hostPrefix[0] == null ? "" : fill(hostPrefix[0], params);
        String wantHost = got.getRawAuthority().equals(prefix + want.getRawAuthority())
                ? prefix + want.getRawAuthority() : want.getRawAuthority();
        assertEquals(want.getScheme() + "://" + wantHost, got.getScheme() + "://" + got.getRawAuthority(),
                "scheme and host: " + where);
        String wantPath = want.getRawPath() == null ? "" : want.getRawPath();
        assertTrue(got.getRawPath().startsWith(wantPath), "path: " + where);
        endpoint.path("headers").properties().iterator().forEachRemaining(h -> {
            List<String> values = new ArrayList<>();
            h.getValue().forEach(v -> values.add(v.asString()));
            assertEquals(values, sent[0].headers().all(h.getKey()), "header " + h.getKey());
        });
        JsonNode schemes = endpoint.path("properties").path("authSchemes");
        if (!schemes.isEmpty()) {
            checkAuthScheme(schemes.get(0), signing[0]);
        }
    }

    private static String fill(String template, Map<String, Object> params) {
        String out = template;
        for (Map.Entry<String, Object> p : params.entrySet()) {
            out = out.replace("{" + p.getKey() + "}", String.valueOf(p.getValue()));
        }
        return out;
    }

    private static void checkAuthScheme(JsonNode scheme, Signing signing) {
        assertNotNull(signing, "the request went unsigned; expected " + scheme);
        String name = scheme.get("name").asString();
        assertEquals(name, signing.scheme(), "auth scheme");
        if (scheme.has("signingName")) {
            assertEquals(scheme.get("signingName").asString(), signing.signingName(), "signing name");
        }
        if (scheme.has("signingRegion")) {
            assertEquals(scheme.get("signingRegion").asString(), signing.region(), "signing region");
        }
        if (scheme.has("signingRegionSet")) {
            List<String> set = new ArrayList<>();
            scheme.get("signingRegionSet").forEach(v -> set.add(v.asString()));
            assertEquals(set, signing.regionSet(), "signing region set");
        }
        boolean disableDoubleEncoding = scheme.path("disableDoubleEncoding").asBoolean(false);
        assertEquals(!disableDoubleEncoding, signing.doubleUriEncode(), "double URI encoding (disableDoubleEncoding="
                + disableDoubleEncoding + ")");
    }


    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
    }
}
