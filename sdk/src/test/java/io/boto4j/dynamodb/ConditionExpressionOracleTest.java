package io.boto4j.dynamodb;

import io.boto4j.testsupport.JacksonTrees;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.JsonNode;
import tools.jackson.databind.ObjectMapper;
import io.boto4j.dynamodb.conditions.AttributeBase;
import io.boto4j.dynamodb.conditions.Attr;
import io.boto4j.dynamodb.conditions.BuiltConditionExpression;
import io.boto4j.dynamodb.conditions.Condition;
import io.boto4j.dynamodb.conditions.ConditionExpressionBuilder;
import io.boto4j.dynamodb.conditions.DynamoDbNeedsKeyConditionError;
import io.boto4j.dynamodb.conditions.Key;
import io.boto4j.testsupport.Python;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * boto3's {@code ConditionExpressionBuilder} is the oracle: a few hundred conditions generated here (every
 * operator and function, nesting, document paths, key conditions, several builds on one builder) are described
 * to python3, which builds them with {@code boto3.dynamodb.conditions}; expression text, name placeholders and
 * value placeholders must be the same, and so must the cases boto3 refuses.
 */
class ConditionExpressionOracleTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NAMES = {"pk", "sk", "n", "my-attr", "a.b", "a.b[1].c", "x[2][3]", "list[0]",
        "Name", "deep.er.path"};
    private static final String[] ATTR_OPS = {"eq", "ne", "lt", "lte", "gt", "gte", "begins_with", "between",
        "is_in", "exists", "not_exists", "contains", "attribute_type", "size"};
    private static final String[] KEY_OPS = {"eq", "lt", "lte", "gt", "gte", "begins_with", "between"};

    private static final String ORACLE = """
            import json, sys
            from boto3.dynamodb.conditions import Key, Attr, ConditionExpressionBuilder
            from boto3.exceptions import DynamoDBNeedsKeyConditionError

            def attr(d):
                if d['kind'] == 'Key':
                    return Key(d['name'])
                if d['kind'] == 'Size':
                    return Attr(d['name']).size()
                return Attr(d['name'])

            def cond(d):
                op = d['op']
                if op == 'and':
                    return cond(d['left']) & cond(d['right'])
                if op == 'or':
                    return cond(d['left']) | cond(d['right'])
                if op == 'not':
                    return ~cond(d['inner'])
                a = attr(d['attr'])
                if op == 'is_in':
                    return a.is_in(d['values'][0])
                return getattr(a, op)(*d['values'])

            for line in sys.stdin:
                case = json.loads(line)
                builder = ConditionExpressionBuilder()
                out = []
                try:
                    for step in case:
                        b = builder.build_expression(cond(step['cond']), is_key_condition=step['key'])
                        out.append({'expr': b.condition_expression, 'names': b.attribute_name_placeholders,
                                    'values': b.attribute_value_placeholders})
                except DynamoDBNeedsKeyConditionError:
                    out.append({'error': 'needs-key'})
                print(json.dumps(out))
            """;

    /** A generated condition and its description for python. */
    private record Case(Condition condition, Map<String, Object> description) {
    }

    @Test
    void expressionsAndPlaceholdersEqualBoto3sForFourHundredGeneratedConditions() throws Exception {
        Random random = new Random(20261203);
        List<List<Case>> cases = new ArrayList<>();
        List<List<Boolean>> keyFlags = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int steps = i % 5 == 0 ? 2 : 1; // a filter then a key condition on one builder, as a query does
            List<Case> sequence = new ArrayList<>();
            List<Boolean> keys = new ArrayList<>();
            for (int s = 0; s < steps; s++) {
                boolean key = i % 3 == 0 && (steps == 1 || s == 1);
                // a key condition that sneaks in an Attr must fail as boto3 fails
                boolean keyOnly = key && i % 31 != 0;
                sequence.add(keyOnly ? keyCondition(random, 2) : condition(random, 3));
                keys.add(key);
            }
            cases.add(sequence);
            keyFlags.add(keys);
        }
        StringBuilder stdin = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            List<Map<String, Object>> steps = new ArrayList<>();
            for (int s = 0; s < cases.get(i).size(); s++) {
                steps.add(Map.of("cond", cases.get(i).get(s).description(), "key", keyFlags.get(i).get(s)));
            }
            stdin.append(JSON.writeValueAsString(steps)).append('\n');
        }
        String[] answers = Python.run(ORACLE, stdin.toString()).split("\n");
        assertEquals(cases.size(), answers.length);

        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            ConditionExpressionBuilder builder = new ConditionExpressionBuilder();
            List<Map<String, Object>> mine = new ArrayList<>();
            try {
                for (int s = 0; s < cases.get(i).size(); s++) {
                    BuiltConditionExpression b = builder.buildExpression(cases.get(i).get(s).condition(),
                            keyFlags.get(i).get(s));
                    Map<String, Object> step = new LinkedHashMap<>();
                    step.put("expr", b.conditionExpression());
                    step.put("names", b.attributeNamePlaceholders());
                    step.put("values", b.attributeValuePlaceholders());
                    mine.add(step);
                }
            } catch (DynamoDbNeedsKeyConditionError e) {
                mine.add(Map.of("error", "needs-key"));
                refused++;
            }
            JsonNode expected = JacksonTrees.of(JSON.readTree(answers[i]));
            assertEquals(expected, JacksonTrees.of(JSON.valueToTree(mine)), "case " + i + ": "
                    + JSON.writeValueAsString(cases.get(i).stream().map(Case::description).toList()));
        }
        assertTrue(refused > 0, "some key conditions with an Attr should have been refused");
    }

    private static Case condition(Random r, int depth) {
        int pick = depth == 0 ? 3 : r.nextInt(6);
        if (pick == 0) {
            Case a = condition(r, depth - 1);
            Case b = condition(r, depth - 1);
            return new Case(a.condition().and(b.condition()), Map.of("op", "and", "left", a.description(),
                    "right", b.description()));
        }
        if (pick == 1) {
            Case a = condition(r, depth - 1);
            Case b = condition(r, depth - 1);
            return new Case(a.condition().or(b.condition()), Map.of("op", "or", "left", a.description(),
                    "right", b.description()));
        }
        if (pick == 2) {
            Case a = condition(r, depth - 1);
            return new Case(a.condition().not(), Map.of("op", "not", "inner", a.description()));
        }
        String op = ATTR_OPS[r.nextInt(ATTR_OPS.length)];
        String name = NAMES[r.nextInt(NAMES.length)];
        Attr attr = new Attr(name);
        if (op.equals("size")) {
            String sizeOp = KEY_OPS[r.nextInt(KEY_OPS.length)];
            return comparison(r, attr.size(), Map.of("kind", "Size", "name", name), sizeOp);
        }
        Map<String, Object> attrDescription = Map.of("kind", "Attr", "name", name);
        return switch (op) {
            case "ne" -> leaf(attr.ne(value(r)), attrDescription, op, List.of(lastValue));
            case "is_in" -> {
                List<Object> values = new ArrayList<>();
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    values.add(value(r));
                }
                yield leaf(attr.isIn(values), attrDescription, op, List.of(values));
            }
            case "exists" -> leaf(attr.exists(), attrDescription, op, List.of());
            case "not_exists" -> leaf(attr.notExists(), attrDescription, op, List.of());
            case "contains" -> leaf(attr.contains(value(r)), attrDescription, op, List.of(lastValue));
            case "attribute_type" -> {
                String type = List.of("S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL").get(r.nextInt(10));
                yield leaf(attr.attributeType(type), attrDescription, op, List.of(type));
            }
            default -> comparison(r, attr, attrDescription, op);
        };
    }

    private static Case keyCondition(Random r, int depth) {
        if (depth > 0 && r.nextBoolean()) {
            Case a = keyCondition(r, depth - 1);
            Case b = keyCondition(r, depth - 1);
            return new Case(a.condition().and(b.condition()), Map.of("op", "and", "left", a.description(),
                    "right", b.description()));
        }
        String name = NAMES[r.nextInt(NAMES.length)];
        return comparison(r, new Key(name), Map.of("kind", "Key", "name", name), KEY_OPS[r.nextInt(KEY_OPS.length)]);
    }

    private static Case comparison(Random r, AttributeBase attr, Map<String, Object> attrDescription, String op) {
        Object v = value(r);
        return switch (op) {
            case "eq" -> leaf(attr.eq(v), attrDescription, op, List.of(v));
            case "lt" -> leaf(attr.lt(v), attrDescription, op, List.of(v));
            case "lte" -> leaf(attr.lte(v), attrDescription, op, List.of(v));
            case "gt" -> leaf(attr.gt(v), attrDescription, op, List.of(v));
            case "gte" -> leaf(attr.gte(v), attrDescription, op, List.of(v));
            case "begins_with" -> leaf(attr.beginsWith(v), attrDescription, op, List.of(v));
            case "between" -> {
                Object high = value(r);
                yield leaf(attr.between(v, high), attrDescription, op, List.of(v, high));
            }
            default -> throw new IllegalStateException(op);
        };
    }

    private static Object lastValue;

    private static Object value(Random r) {
        lastValue = r.nextBoolean() ? (Object) r.nextInt(1000) : "v" + r.nextInt(1000);
        return lastValue;
    }

    private static Case leaf(Condition c, Map<String, Object> attr, String op, List<Object> values) {
        return new Case(c, Map.of("op", op, "attr", attr, "values", values));
    }
}
