package io.boto4j.dynamodb;

import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Walks parameters (or a result) beside their model shape and replaces every value whose shape is the target
 * shape ({@code AttributeValue}, {@code ConditionExpression}, {@code KeyExpression}), as boto3's
 * {@code ParameterTransformer}. It never changes its input: the structures on the way are copied (boto3
 * deep-copies DynamoDB parameters for the same reason), the rest is shared.
 */
final class ParameterTransformer {
    private ParameterTransformer() {
    }

    static Object transform(Object value, Shape shape, String targetShape, UnaryOperator<Object> transformation) {
        if (shape instanceof StructureShape structure && value instanceof Map<?, ?> params) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : params.entrySet()) {
                String name = String.valueOf(e.getKey());
                Shape member = structure.member(name);
                out.put(name, member == null ? e.getValue() : apply(e.getValue(), member, targetShape, transformation));
            }
            return out;
        }
        if (shape instanceof MapShape map && value instanceof Map<?, ?> entries) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : entries.entrySet()) {
                out.put(e.getKey(), apply(e.getValue(), map.value(), targetShape, transformation));
            }
            return out;
        }
        if (shape instanceof ListShape list && value instanceof List<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(apply(item, list.member(), targetShape, transformation));
            }
            return out;
        }
        return value;
    }

    private static Object apply(Object value, Shape shape, String targetShape, UnaryOperator<Object> transformation) {
        return shape.name().equals(targetShape) ? transformation.apply(value)
                : transform(value, shape, targetShape, transformation);
    }
}
