package io.boto4j.dynamodb.conditions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns conditions into expressions with placeholders, numbered as boto3's {@code ConditionExpressionBuilder}
 * numbers them: operands left to right, depth first, a fresh {@code #nN} for every name part (no reuse) and a
 * fresh {@code :vN} for every value, counters running on across builds until {@link #reset()} (so a query's
 * filter and key condition never collide). Not thread-safe: one per request.
 */
public final class ConditionExpressionBuilder {
    /** A document path's name parts: runs of characters other than '.', '[' and ']' that are not an index. */
    private static final Pattern NAME_PART = Pattern.compile("[^.\\[\\]]+(?![^\\[]*\\])");

    private int nameCount;
    private int valueCount;

    /** Restarts the numbering at {@code #n0} and {@code :v0}. */
    public void reset() {
        nameCount = 0;
        valueCount = 0;
    }

    public BuiltConditionExpression buildExpression(Condition condition) {
        return buildExpression(condition, false);
    }

    /**
     * Builds one condition. In a key condition ({@code isKeyCondition}) every attribute must be a {@link Key}.
     */
    public BuiltConditionExpression buildExpression(Object condition, boolean isKeyCondition) {
        if (!(condition instanceof Condition c)) {
            throw new IllegalArgumentException("Expecting a Condition object. Got " + condition + " of type "
                    + (condition == null ? "null" : condition.getClass().getName()) + ". Use the methods of Key "
                    + "or Attr (e.g. Attr(\"a\").eq(1)) to build a condition.");
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        String expression = build(c, names, values, isKeyCondition);
        return new BuiltConditionExpression(expression, names, values);
    }

    private String build(Condition condition, Map<String, String> names, Map<String, Object> values,
                         boolean isKeyCondition) {
        List<String> rendered = new ArrayList<>(condition.operands().size());
        for (Object operand : condition.operands()) {
            rendered.add(component(operand, names, values, condition.operator().groupsValues(), isKeyCondition));
        }
        return condition.operator().render(rendered);
    }

    private String component(Object operand, Map<String, String> names, Map<String, Object> values,
                             boolean grouped, boolean isKeyCondition) {
        if (operand instanceof Condition c) {
            return build(c, names, values, isKeyCondition);
        }
        if (operand instanceof Size size) {
            // boto3's Size is itself a condition over its attribute: size(#n)
            return Operator.SIZE.render(List.of(component(size.attribute(), names, values, false, isKeyCondition)));
        }
        if (operand instanceof AttributeBase attribute) {
            if (isKeyCondition && !(attribute instanceof Key)) {
                throw new DynamoDbNeedsKeyConditionError("Attribute object " + attribute.name() + " is of type "
                        + attribute.getClass().getSimpleName() + ". KeyConditionExpression only supports "
                        + "Attribute objects of type Key: use Key(\"" + attribute.name() + "\")");
            }
            return namePlaceholder(attribute.name(), names);
        }
        if (grouped) {
            if (!(operand instanceof Collection<?> group)) {
                throw new IllegalArgumentException("IN needs a collection of values, got " + operand);
            }
            List<String> placeholders = new ArrayList<>(group.size());
            for (Object v : group) {
                String p = ":v" + valueCount++;
                placeholders.add(p);
                values.put(p, v);
            }
            return "(" + String.join(", ", placeholders) + ")";
        }
        String p = ":v" + valueCount++;
        values.put(p, operand);
        return p;
    }

    private String namePlaceholder(String name, Map<String, String> names) {
        Matcher m = NAME_PART.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String p = "#n" + nameCount++;
            names.put(p, m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(p));
        }
        m.appendTail(out);
        return out.toString();
    }
}
