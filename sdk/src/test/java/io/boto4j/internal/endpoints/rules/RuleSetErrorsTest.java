package io.boto4j.internal.endpoints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.Json;
import io.boto4j.testsupport.SharedData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A malformed rule set fails at compile time naming where; bad parameters fail with botocore's messages. */
class RuleSetErrorsTest {
    private static Partitions partitions() {
        return Partitions.from(EndpointRuleSetConformanceTest.read(SharedData.conformance("endpoint-tests")
                .resolve("partitions.json")));
    }

    private static RuleSet compile(String json) throws Exception {
        return RuleSet.compile(Json.parse(json.getBytes()), partitions());
    }

    @Test
    void unknownFunctionIsReportedWithItsLocation() {
        RuleSetError e = assertThrows(RuleSetError.class, () -> compile("""
                {"parameters": {"Region": {"type": "string"}}, "rules": [{"type": "tree", "conditions": [],
                 "rules": [{"type": "endpoint", "conditions": [{"fn": "aws.frobnicate", "argv": []}],
                            "endpoint": {"url": "https://x"}}]}]}
                """));
        assertEquals("Unknown function in rule set: aws.frobnicate at rules[0].rules[0].conditions[0]", e.getMessage());
    }

    @Test
    void unknownRuleTypeAndParameterTypeAreNamed() {
        RuleSetError rule = assertThrows(RuleSetError.class, () -> compile("""
                {"parameters": {}, "rules": [{"type": "fallback", "conditions": []}]}
                """));
        assertTrue(rule.getMessage().startsWith("Unknown rule type: fallback at rules[0]"), rule.getMessage());
        RuleSetError param = assertThrows(RuleSetError.class, () -> compile("""
                {"parameters": {"Count": {"type": "integer"}}, "rules": []}
                """));
        assertTrue(param.getMessage().contains("Unknown parameter type: integer (parameter Count)"),
                param.getMessage());
    }

    @Test
    void missingRequiredAndMistypedParametersFailAsBotocoreSaysIt() throws Exception {
        RuleSet rules = compile("""
                {"parameters": {"Region": {"type": "string", "required": true},
                                "UseFIPS": {"type": "boolean", "required": true, "default": false}},
                 "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{Region}.example"}}]}
                """);
        assertEquals("Cannot find value for required parameter Region",
                assertThrows(RuleSetError.class, () -> rules.evaluate(Map.of())).getMessage());
        assertEquals("Value (UseFIPS) is the wrong type. Must be <class 'bool'>.",
                assertThrows(RuleSetError.class, () -> rules.evaluate(Map.of("Region", "x", "UseFIPS", "yes")))
                        .getMessage());
        assertEquals("https://eu-west-1.example", rules.evaluate(Map.of("Region", "eu-west-1")).url());
    }
}
