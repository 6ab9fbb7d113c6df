package io.boto4j.paginate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.ArrayNode;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.ObjectNode;
import io.boto4j.testsupport.MarkedJson;
import io.boto4j.testsupport.Python;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Resume tokens against botocore's own {@code TokenEncoder}/{@code TokenDecoder}: botocore's tokens decode here
 * to the same dict, ours decode there to the same dict, and ours are the very string botocore writes.
 */
class TokenCompatibilityTest {
    private static final String SCRIPT = MarkedJson.PYTHON + """
            import sys
            from botocore.paginate import TokenEncoder, TokenDecoder
            spec = json.load(sys.stdin)
            encoded = [TokenEncoder().encode(unmark(c)) for c in spec['cases']]
            decoded = [mark(TokenDecoder().decode(t)) for t in spec['java_tokens']]
            print(json.dumps({'encoded': encoded, 'decoded': decoded}))
            """;

    private static final List<String> IDS = new ArrayList<>();
    private static final List<JsonNode> CASES = new ArrayList<>();
    private static final List<String> JAVA_TOKENS = new ArrayList<>();
    private static JsonNode python;

    @BeforeAll
    static void runBotocore() throws IOException {
        try (InputStream in = TokenCompatibilityTest.class.getResourceAsStream("token-cases.json")) {
            JsonNode cases = MarkedJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            for (Iterator<Map.Entry<String, JsonNode>> it = cases.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                IDS.add(e.getKey());
                CASES.add(e.getValue());
                JAVA_TOKENS.add(TokenCodec.encode(MarkedJson.toMap(e.getValue())));
            }
        }
        ObjectNode input = JsonTrees.object();
        ArrayNode cases = input.putArray("cases");
        CASES.forEach(cases::add);
        ArrayNode tokens = input.putArray("java_tokens");
        JAVA_TOKENS.forEach(tokens::add);
        python = MarkedJson.parse(Python.run(SCRIPT, input.toString()));
    }

    @TestFactory
    Stream<DynamicTest> botocoreTokensDecodeToTheSameDict() {
        return cases((i, expected) -> {
            Map<String, Object> decoded = TokenCodec.decode(python.get("encoded").get(i).asString());
            assertEquals(MarkedJson.normalise(expected), MarkedJson.toJson(decoded));
        });
    }

    @TestFactory
    Stream<DynamicTest> boto4jTokensDecodeInBotocoreToTheSameDict() {
        return cases((i, expected) -> assertEquals(MarkedJson.normalise(expected),
                MarkedJson.normalise(python.get("decoded").get(i))));
    }

    @TestFactory
    Stream<DynamicTest> boto4jWritesTheSameTokenStringAsBotocore() {
        return cases((i, expected) -> assertEquals(python.get("encoded").get(i).asString(), JAVA_TOKENS.get(i)));
    }

    private interface Check {
        void run(int index, JsonNode expected);
    }

    private static Stream<DynamicTest> cases(Check check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            int index = i;
            tests.add(DynamicTest.dynamicTest(IDS.get(i), () -> check.run(index, CASES.get(index))));
        }
        return tests.stream();
    }
}
