package io.boto4j.protocol;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.protocol.compress.RequestCompressionEncoder;
import io.boto4j.testsupport.ProtocolSuites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request-serialization case of botocore's protocol suites ({@code protocols/input} and
 * {@code protocols/legacy/input}), one dynamic test per case named after its id, run through the
 * validating serializer the model's protocol selects. Cases listed under {@code "input"} in
 * {@code known-failures/protocols.json} must still fail (a listed case that passes fails the
 * run, so the list stays honest); counts per protocol are printed at the end.
 *
 * <p>Comparison policy, from the corpus README: headers case-insensitively with list values normalized
 * ({@code ", "} to {@code ","}); {@code Content-Type} of query/ec2 compared by media type (we send
 * {@code ; charset=utf-8} as botocore does); {@code Content-Length} in {@code requireHeaders} is satisfied by a
 * body of known length (the HTTP layer writes it); bodies structurally for json, xml and cbor, exactly for
 * query/ec2; path and query string exactly.
 */
class ProtocolInputConformanceTest {
    static final String FIXED_TOKEN = "00000000-0000-4000-8000-000000000000";
    private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>();
    private static final AtomicInteger IGNORED_BY_BOTOCORE_PASSED = new AtomicInteger();
    private static final AtomicInteger IGNORED_BY_BOTOCORE_TOTAL = new AtomicInteger();

    @TestFactory
    Stream<DynamicNode> everyInputCaseSerializesAsTheSuiteExpects() {
        JsonNode known = knownFailures().path("input");
        Map<String, List<DynamicNode>> byFile = new TreeMap<>();
        for (ProtocolSuites.Case c : ProtocolSuites.cases("input")) {
            String reason = known.has(c.file() + "::" + c.id()) ? known.get(c.file() + "::" + c.id()).asText()
                    : known.has(c.id()) ? known.get(c.id()).asText() : null;
            byFile.computeIfAbsent(c.file(), f -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.id(), () -> run(c, reason)));
        }
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    static JsonNode knownFailures() {
        try (InputStream in = ProtocolInputConformanceTest.class.getResourceAsStream(
                "/known-failures/protocols.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(ProtocolSuites.Case c, String knownReason) {
        String protocol = c.protocol();
        int[] counts = COUNTS.computeIfAbsent(protocol, p -> new int[3]);
        String problem;
        try {
            problem = check(c);
        } catch (RuntimeException | AssertionError e) {
            problem = "threw " + e;
        }
        if (c.ignoredByBotocore()) {
            IGNORED_BY_BOTOCORE_TOTAL.incrementAndGet();
            if (problem == null) {
                IGNORED_BY_BOTOCORE_PASSED.incrementAndGet();
            }
        }
        synchronized (counts) {
            if (knownReason != null) {
                if (problem == null) {
                    counts[1]++;
                    fail("listed as a known failure (" + knownReason + ") but passes; remove it from the list");
                }
                counts[2]++;
                return;
            }
            counts[problem == null ? 0 : 1]++;
        }
        if (problem != null) {
            fail(c.displayName() + ": " + problem);
        }
    }

    private static String check(ProtocolSuites.Case c) {
        JsonNode expected = c.caseNode().path("serialized");
        OperationModel op = c.model().operationModel(c.model().operationNames().get(0));
        Map<String, Object> params = ConformanceParams.toJava(c.caseNode().get("params"), op.inputShape());
        ProtocolSerializer serializer = Serializers.forProtocol(c.protocol(), true, () -> FIXED_TOKEN);
        SerializedRequest serialized = serializer.serialize(op, params);
        // the pipeline's compression step runs right after serialization, with botocore's default settings
        SerializedRequest req = RequestCompressionEncoder.apply(op, serialized, false,
                RequestCompressionEncoder.DEFAULT_MIN_SIZE_BYTES);
        String endpoint = c.suiteNode().path("clientEndpoint").asText("https://example.com");
        String url = req.toUrl(endpoint, true);

        List<String> problems = new ArrayList<>();
        if (expected.has("method") && !expected.get("method").asText().equals(req.method())) {
            problems.add("method " + req.method() + ", expected " + expected.get("method").asText());
        }
        int authorityEnd = url.indexOf('/', url.indexOf("://") + 3);
        String actualUri = authorityEnd < 0 ? "/" : url.substring(authorityEnd);
        String expectedUri = expected.path("uri").asText();
        if (!expectedUri.equals(actualUri)) {
            problems.add("uri " + actualUri + ", expected " + expectedUri);
        }
        if (expected.has("host")) {
            String actualHost = url.substring(url.indexOf("://") + 3, authorityEnd < 0 ? url.length() : authorityEnd);
            String endpointPath = endpoint.substring(endpoint.indexOf("://") + 3);
            int slash = endpointPath.indexOf('/');
            if (slash >= 0) {
                actualHost = actualHost + endpointPath.substring(slash).replaceAll("/$", "");
            }
            if (!expected.get("host").asText().equals(actualHost)) {
                problems.add("host " + actualHost + ", expected " + expected.get("host").asText());
            }
        }
        HttpHeaders headers = req.headers();
        expected.path("headers").fields().forEachRemaining(h -> {
            String want = normalize(h.getValue().asText());
            String got = headers.contains(h.getKey()) ? normalize(String.join(",", headers.all(h.getKey()))) : null;
            if (h.getKey().equalsIgnoreCase("Content-Type") && got != null
                    && (c.protocol().equals("query") || c.protocol().equals("ec2"))) {
                got = got.replaceAll(";\\s*charset=utf-8", "");
                want = want.replaceAll(";\\s*charset=utf-8", "");
            }
            if (!want.equals(got)) {
                problems.add("header " + h.getKey() + ": " + got + ", expected " + want);
            }
        });
        expected.path("forbidHeaders").forEach(h -> {
            if (headers.contains(h.asText())) {
                problems.add("header " + h.asText() + " is forbidden but set to " + headers.first(h.asText()));
            }
        });
        expected.path("requireHeaders").forEach(h -> {
            String name = h.asText();
            boolean lengthKnown = name.equalsIgnoreCase("Content-Length") && req.body().contentLength() >= 0;
            if (!headers.contains(name) && !lengthKnown) {
                problems.add("header " + name + " is required but missing");
            }
        });
        if (expected.has("body")) {
            String diff = RequestComparison.compareBody(c.protocol(), expected.get("body").asText(), bytes(req.body()));
            if (diff != null) {
                problems.add(diff);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String normalize(String headerValue) {
        return headerValue.replace(", ", ",").trim();
    }

    static byte[] bytes(RequestBody body) {
        byte[] b = body.bytesIfBuffered();
        if (b != null) {
            return b;
        }
        try (InputStream in = body.newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void printCounts() {
        StringBuilder out = new StringBuilder("Protocol input conformance (passed / failed / known):\n");
        int[] total = new int[3];
        new TreeMap<>(COUNTS).forEach((protocol, n) -> {
            out.append(String.format(Locale.ROOT, "  %-20s %4d / %3d / %3d%n", protocol, n[0], n[1], n[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        });
        out.append(String.format(Locale.ROOT, "  %-20s %4d / %3d / %3d%n", "total", total[0], total[1], total[2]));
        out.append("  cases botocore's ignore list skips: ").append(IGNORED_BY_BOTOCORE_PASSED.get()).append(" of ")
                .append(IGNORED_BY_BOTOCORE_TOTAL.get()).append(" pass\n");
        System.out.print(out);
    }
}
