package io.boto4j.dynamodb;

import static io.boto4j.dynamodb.conditions.Conditions.Attr;
import static io.boto4j.dynamodb.conditions.Conditions.Key;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.TestClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The injector's rewriting of a whole request, checked against boto3 1.43's TransformationInjector output. */
class TransformationInjectorTest {
    private final Client client = TestClients.client("dynamodb", "us-east-1", "http://127.0.0.1:1",
            Config.builder().build());

    @Test
    void filterPlaceholdersComeBeforeKeyPlaceholdersAndUserOnesStayFirst() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("TableName", "t");
        params.put("KeyConditionExpression", Key("pk").eq("p").and(Key("sk").beginsWith("a")));
        params.put("FilterExpression", Attr("n").gt(3).or(Attr("x.y").notExists()));
        params.put("ExpressionAttributeNames", Map.of("#u", "user"));
        params.put("ExpressionAttributeValues", Map.of(":u", 5));

        Map<String, Object> out = TransformationInjector.of(client).transformInput("Query", params);

        // python3: TransformationInjector().inject_condition_expressions / inject_attribute_value_input
        assertEquals("(#n3 = :v1 AND begins_with(#n4, :v2))", out.get("KeyConditionExpression"));
        assertEquals("(#n0 > :v0 OR attribute_not_exists(#n1.#n2))", out.get("FilterExpression"));
        assertEquals(List.of("#u", "#n0", "#n1", "#n2", "#n3", "#n4"),
                List.copyOf(((Map<?, ?>) out.get("ExpressionAttributeNames")).keySet()));
        assertEquals(Map.of("#u", "user", "#n0", "n", "#n1", "x", "#n2", "y", "#n3", "pk", "#n4", "sk"),
                out.get("ExpressionAttributeNames"));
        assertEquals(Map.of(":u", Map.of("N", "5"), ":v0", Map.of("N", "3"), ":v1", Map.of("S", "p"),
                ":v2", Map.of("S", "a")), out.get("ExpressionAttributeValues"));
        // the caller's parameters are left as they were
        assertEquals(Map.of(":u", 5), params.get("ExpressionAttributeValues"));
    }

    @Test
    void nestedAttributeValuesInBatchAndTransactRequestsAreSerialized() {
        Map<String, Object> out = TransformationInjector.of(client).transformInput("TransactWriteItems",
                Map.of("TransactItems", List.of(Map.of("Put", Map.of("TableName", "t",
                        "Item", Map.of("pk", "a", "n", 1), "ConditionExpression", Attr("pk").notExists())))));
        Map<?, ?> put = (Map<?, ?>) ((Map<?, ?>) ((List<?>) out.get("TransactItems")).get(0)).get("Put");
        assertEquals(Map.of("pk", Map.of("S", "a"), "n", Map.of("N", "1")), put.get("Item"));
        assertEquals("attribute_not_exists(#n0)", put.get("ConditionExpression"));
        // boto3 puts the generated placeholders at the top level of the request, not beside the nested expression
        assertEquals(Map.of("#n0", "pk"), out.get("ExpressionAttributeNames"));
    }
}
