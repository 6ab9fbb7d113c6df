package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.model.ModelTrees;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.exception.ClientError;
import io.boto4j.http.HttpHeaders;
import io.boto4j.http.HttpResponse;
import io.boto4j.internal.json.Json;
import io.boto4j.model.OperationModel;
import io.boto4j.model.ServiceModel;
import io.boto4j.testsupport.Corpus;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.ProtocolSuites;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * botocore's response-parsing compliance suites ({@code protocols/output} and {@code legacy/output}): one dynamic
 * test per case, named after the case id, comparing our parse (converted to botocore's representation) with
 * the expected result or error. Cases botocore's ignore list skips run too. Known failures live in
 * {@code known-failures/protocols.json} ("output").
 */
class ProtocolOutputConformanceTest {
    private static final KnownFailures KNOWN = KnownFailures.forSuite("protocol-output");
    private static final int[] IGNORED_BY_BOTOCORE = new int[2];

    @TestFactory
    Stream<DynamicTest> parsesEveryOutputCaseAsTheSuiteExpects() {
        List<ProtocolSuites.Case> cases = ProtocolSuites.cases("output");
        Corpus.assertLoaded("protocol-output", ProtocolSuites.corpusCount("output"), cases.size());
        List<DynamicTest> tests = new ArrayList<>();
        cases.forEach(c -> tests.add(DynamicTest.dynamicTest(c.file() + " :: " + c.id(), () -> run(c))));
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void run(ProtocolSuites.Case c) {
        String key = c.file().startsWith("legacy") ? c.file() + " :: " + c.id() : c.id();
        String problem;
        try {
            problem = check(c);
        } catch (RuntimeException | AssertionError e) {
            problem = "threw " + e;
        }
        if (c.ignoredByBotocore()) {
            IGNORED_BY_BOTOCORE[problem == null ? 0 : 1]++;
        }
        KNOWN.verify(c.file(), key, problem);
    }

    private static String check(ProtocolSuites.Case c) {
        JsonNode caseNode = c.caseNode();
        ServiceModel model = modelFor(c);
        OperationModel op = model.operationModel(caseNode.path("given").path("name").asString());
        HttpResponse response = response(c);
        Map<String, Object> parsed;
        try {
            parsed = Parsers.forProtocol(c.protocol()).parse(op, response);
        } catch (ClientError e) {
            parsed = e.getResponse();
        }
        Map<String, Object> actual = new LinkedHashMap<>(parsed);
        actual.remove("ResponseMetadata");
        Object expected;
        if (caseNode.has("errorCode") || caseNode.has("error")) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("Code", caseNode.path("errorCode").asString());
            error.put("Message", caseNode.path("errorMessage").asString(""));
            Map<String, Object> exp = new LinkedHashMap<>();
            exp.put("Error", error);
            if (caseNode.path("error").isObject()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> members = (Map<String, Object>) BotocoreValues.fromJson(caseNode.get("error"));
                exp.putAll(members);
            }
            expected = exp;
            if (actual.get("Error") instanceof Map<?, ?> e) {
                Map<String, Object> trimmed = new LinkedHashMap<>();
                trimmed.put("Code", e.get("Code"));
                trimmed.put("Message", e.get("Message"));
                actual.put("Error", trimmed);
            }
        } else {
            expected = BotocoreValues.fromJson(caseNode.path("result"));
        }
        return BotocoreValues.diff("result", expected, BotocoreValues.normalize(actual));
    }

    /** botocore's harness gives query outputs with members the wrapper {@code <Operation>Result}. */
    private static ServiceModel modelFor(ProtocolSuites.Case c) {
        JsonNode given = c.caseNode().path("given");
        JsonNode output = given.path("output");
        if (!"query".equals(c.protocol()) || !output.has("shape") || output.has("resultWrapper")) {
            return c.model();
        }
        JsonNode shape = c.suiteNode().path("shapes").path(output.get("shape").asString());
        if (shape.has("resultWrapper") || shape.path("members").isEmpty()) {
            return c.model();
        }
        ObjectNode givenCopy = (ObjectNode) given.deepCopy();
        ((ObjectNode) givenCopy.get("output")).put("resultWrapper", given.path("name").asString() + "Result");
        ObjectNode tree = JsonTrees.object();
        tree.set("metadata", c.suiteNode().path("metadata"));
        tree.set("shapes", c.suiteNode().path("shapes"));
        tree.putObject("operations").set(given.path("name").asString(), givenCopy);
        return ModelTrees.fromTree(c.model().serviceName(), tree);
    }

    private static HttpResponse response(ProtocolSuites.Case c) {
        JsonNode r = c.caseNode().path("response");
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.path("headers").properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            headers.add(e.getKey(), e.getValue().asString());
        }
        byte[] body;
        if (!r.has("body") || r.get("body").isNull()) {
            body = "query".equals(c.protocol()) ? "<xml/>".getBytes(StandardCharsets.UTF_8) : new byte[0];
        } else if (c.protocol().startsWith("smithy-rpc-v2-cbor") || c.suiteNode().path("shapes").toString().contains("\"eventstream\"")) {
            body = Base64.getDecoder().decode(r.get("body").asString());
        } else {
            body = r.get("body").asString().getBytes(StandardCharsets.UTF_8);
        }
        return new HttpResponse(r.path("status_code").asInt(200), headers.build(),
                new java.io.ByteArrayInputStream(body));
    }

    @AfterAll
    static void printCounts() {
        KNOWN.printCounts();
        System.out.printf("protocol output: of the cases botocore skips: %d pass, %d do not%n",
                IGNORED_BY_BOTOCORE[0], IGNORED_BY_BOTOCORE[1]);
    }
}
