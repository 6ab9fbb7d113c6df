package io.boto4j.internal.protocol;

import tools.jackson.core.JacksonException;

import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.RequestBody;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.internal.protocol.compress.RequestCompressionEncoder;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
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
 * {@code known-failures/known-failures.json} must still fail (a listed case that passes fails the
 * run, so the list stays honest); counts per protocol are printed at the end.
 *
 * <p>Comparison policy, from the corpus README: headers case-insensitively with list values normalized
 * ({@code ", "} to {@code ","}); an expected {@code Content-Type} is dropped where botocore drops it (rest-xml;
 * rest-json other than application/json); {@code Content-Type} of query/ec2 compared by media type (we send
 * {@code ; charset=utf-8} as botocore does); {@code Content-Length} in {@code requireHeaders} is satisfied by a
 * body of known length (the HTTP layer writes it); bodies structurally for json, xml and cbor, exactly for
 * query/ec2; path and query string exactly.
 */
class ProtocolInputConformanceTest {
    static final String FIXED_TOKEN = "00000000-0000-4000-8000-000000000000";
    private static final KnownFailures KNOWN = KnownFailures.forSuite("protocol-input");
    private static final AtomicInteger IGNORED_BY_BOTOCORE_PASSED = new AtomicInteger();
    private static final AtomicInteger IGNORED_BY_BOTOCORE_TOTAL = new AtomicInteger();

    @TestFactory
    Stream<DynamicNode> everyInputCaseSerializesAsTheSuiteExpects() {
        Map<String, List<DynamicNode>> byFile = new TreeMap<>();
        List<ProtocolSuites.Case> cases = ProtocolSuites.cases("input");
        Corpus.assertLoaded("protocol-input", ProtocolSuites.corpusCount("input"), cases.size());
        for (ProtocolSuites.Case c : cases) {
            byFile.computeIfAbsent(c.file(), f -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.id(), () -> run(c)));
        }
        List<DynamicNode> out = new ArrayList<>();
        byFile.forEach((file, tests) -> out.add(DynamicContainer.dynamicContainer(file, tests)));
        out.add(KNOWN.everyEntryWasUsed());
        return out.stream();
    }

    /** A case's id in the known-failures list: legacy cases carry their file, Smithy ids are unique. */
    static String knownId(ProtocolSuites.Case c) {
        return c.file().startsWith("legacy") ? c.file() + " :: " + c.id() : c.id();
    }

    private static void run(ProtocolSuites.Case c) {
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
        KNOWN.verify(c.protocol(), knownId(c), problem == null ? null : c.displayName() + ": " + problem);
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
        String endpoint = c.suiteNode().path("clientEndpoint").asString("https://example.com");
        String url = req.toUrl(endpoint, true);

        List<String> problems = new ArrayList<>();
        if (expected.has("method") && !expected.get("method").asString().equals(req.method())) {
            problems.add("method " + req.method() + ", expected " + expected.get("method").asString());
        }
        int authorityEnd = url.indexOf('/', url.indexOf("://") + 3);
        String actualUri = authorityEnd < 0 ? "/" : url.substring(authorityEnd);
        String expectedUri = expected.path("uri").asString();
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
            if (!expected.get("host").asString().equals(actualHost)) {
                problems.add("host " + actualHost + ", expected " + expected.get("host").asString());
            }
        }
        HttpHeaders headers = req.headers();
        expected.path("headers").properties().iterator().forEachRemaining(h -> {
            String want = normalize(h.getValue().asString());
            if (h.getKey().equalsIgnoreCase("Content-Type") && (c.protocol().equals("rest-xml")
                    || c.protocol().equals("rest-json") && !want.equals("application/json"))) {
                // botocore's policy, which boto4j's requests follow byte for byte: rest-xml sends no Content-Type,
                // rest-json only application/json for structured bodies (SerializerDifferentialTest checks it)
                return;
            }
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
            if (headers.contains(h.asString())) {
                problems.add("header " + h.asString() + " is forbidden but set to " + headers.first(h.asString()));
            }
        });
        expected.path("requireHeaders").forEach(h -> {
            String name = h.asString();
            boolean lengthKnown = name.equalsIgnoreCase("Content-Length") && req.body().contentLength() >= 0;
            if (!headers.contains(name) && !lengthKnown) {
                problems.add("header " + name + " is required but missing");
            }
        });
        if (expected.has("body")) {
            String diff = RequestComparison.compareBody(c.protocol(), expected.get("body").asString(), bytes(req.body()));
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
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException(Json.io(e));
        }
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
        StringBuilder out = new StringBuilder();
        out.append("  cases botocore's ignore list skips: ").append(IGNORED_BY_BOTOCORE_PASSED.get()).append(" of ")
                .append(IGNORED_BY_BOTOCORE_TOTAL.get()).append(" pass\n");
        System.out.print(out);
    }
}
