package io.boto4j.internal.jmespath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.testsupport.KnownFailures;
import io.boto4j.testsupport.MarkedJson;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test against python-jmespath (what botocore uses): each case evaluates one expression over one
 * document on both sides, with timestamps and blobs as Python's datetime and bytes, and the results must be the
 * same JSON. Errors compare as errors.
 */
class JmesPathOracleTest {
    private static final String SUITE = "jmespath-oracle";
    private static final KnownFailures KNOWN = KnownFailures.forSuite(SUITE);

    private static final String SCRIPT = MarkedJson.PYTHON + """
            import sys, jmespath
            spec = json.load(sys.stdin)
            docs = {k: unmark(v) for k, v in spec['documents'].items()}
            out = []
            for doc, expr in spec['cases']:
                try:
                    out.append({'value': mark(jmespath.search(expr, docs[doc]))})
                except Exception as e:
                    out.append({'error': type(e).__name__})
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> everyExpressionAgreesWithPythonJmespath() throws IOException {
        String specText;
        try (InputStream in = getClass().getResourceAsStream("oracle-cases.json")) {
            specText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JsonNode spec = MarkedJson.parse(specText);
        JsonNode python = MarkedJson.parse(Python.run(SCRIPT, specText));
        List<DynamicTest> tests = new ArrayList<>();
        int i = 0;
        for (JsonNode c : spec.get("cases")) {
            String doc = c.get(0).asString();
            String expression = c.get(1).asString();
            JsonNode expected = python.get(i++);
            String id = doc + ": " + expression;
            tests.add(DynamicTest.dynamicTest(id, () -> check(id, spec.get("documents").get(doc), expression, expected)));
        }
        tests.add(KNOWN.everyEntryWasUsed());
        return tests.stream();
    }

    private static void check(String id, JsonNode document, String expression, JsonNode python) {
        JsonNode expected = python.has("error") ? python : JsonTrees.object()
                .set("value", MarkedJson.normalise(python.get("value")));
        ObjectNode actual = JsonTrees.object();
        try {
            Object result = JmesPath.compile(expression).search(MarkedJson.toValue(document));
            actual.set("value", MarkedJson.toJson(result));
        } catch (RuntimeException e) {
            actual.put("error", e.getClass().getSimpleName());
        }
        boolean same = expected.has("error") ? actual.has("error") : expected.equals(actual);
        KNOWN.verify("", id, same ? null : "python-jmespath " + expected + " but boto4j " + actual);
    }

    @AfterAll
    static void counts() {
        KNOWN.printCounts();
    }
}
