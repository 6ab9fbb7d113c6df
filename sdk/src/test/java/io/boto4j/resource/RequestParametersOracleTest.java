package io.boto4j.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.Python;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reverse JMESPath that writes request parameters ({@code Delete.Objects[].Key}, {@code Entries[*].Id}) gives
 * the structure boto3's {@code build_param_structure} gives, for the target forms boto3's models use, applied one
 * after another as a batch action applies them (with the resource's index).
 */
class RequestParametersOracleTest {
    /** Each case: a list of [target, value, index or null] applied in order to one parameter map. */
    private static final String CASES = """
            {
              "plain": [["Bucket", "b", null]],
              "nested": [["Delete.Quiet", true, null], ["Delete.Mode", "x", null]],
              "append to list of structures": [["Bucket", "b", null], ["Delete.Objects[].Key", "k1", 0],
                                               ["Delete.Objects[].Key", "k2", 1], ["Delete.Objects[].Key", "k3", 2]],
              "same element by index": [["Entries[*].Id", "0", 0], ["Entries[*].ReceiptHandle", "r0", 0],
                                        ["Entries[*].Id", "1", 1], ["Entries[*].ReceiptHandle", "r1", 1]],
              "fixed indexes": [["Filters[0].Name", "vpc-id", null], ["Filters[0].Values[0]", "vpc-1", null]],
              "list of scalars": [["InstanceIds[]", "i-1", 0], ["InstanceIds[]", "i-2", 1]],
              "two lists in one batch": [["Resources[]", "r-1", 0], ["Tags[*].Key", "k", 0], ["Tags[*].Value", "v", 0],
                                          ["Resources[]", "r-2", 1], ["Tags[*].Key", "k2", 1], ["Tags[*].Value", "v2", 1]],
              "replaces a scalar": [["Name", "a", null], ["Name", "b", null]]
            }
            """;

    private static final String ORACLE = """
            import json, sys
            from boto3.resources.params import build_param_structure
            cases = json.loads(sys.stdin.read())
            out = {}
            for name, steps in cases.items():
                params = {}
                for target, value, index in steps:
                    build_param_structure(params, target, value, index)
                out[name] = params
            print(json.dumps(out))
            """;

    @TestFactory
    Stream<DynamicTest> writesParametersAsBoto3Does() throws Exception {
        JsonNode cases = Json.parse(CASES.getBytes(StandardCharsets.UTF_8));
        JsonNode expected = Json.parse(Python.run(ORACLE, CASES).getBytes(StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        cases.properties().iterator().forEachRemaining(c -> tests.add(dynamicTest(c.getKey(), () -> {
            Map<String, Object> params = new LinkedHashMap<>();
            for (JsonNode step : c.getValue()) {
                JsonNode v = step.get(1);
                Object value = v.isBoolean() ? v.booleanValue() : v.asString();
                RequestParameters.set(params, step.get(0).asString(), value, step.get(2).isNull() ? null : step.get(2).asInt());
            }
            assertEquals(expected.get(c.getKey()), Json.parse(Json.write(params).getBytes(StandardCharsets.UTF_8)), c.getKey());
        })));
        assertEquals(cases.size(), tests.size());
        return tests.stream();
    }
}
