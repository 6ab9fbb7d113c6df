package io.boto4j.internal.protocol;

import io.boto4j.internal.json.JsonNode;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a conformance case's JSON {@code params} into the Java values a caller would pass, guided by the
 * input shape: timestamps (epoch seconds in the corpus) become {@link Instant}s, float specials written as
 * strings become doubles, floats become {@link Double}s and integers {@link Long}s or {@link Integer}s.
 */
final class ConformanceParams {
    private ConformanceParams() {
    }

    static Map<String, Object> toJava(JsonNode params, StructureShape input) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (params == null || params.isNull()) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = params.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Shape member = input == null ? null : input.member(e.getKey());
            out.put(e.getKey(), convert(e.getValue(), member));
        }
        return out;
    }

    static Object convert(JsonNode node, Shape shape) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (shape instanceof StructureShape s && !s.isDocument() && node.isObject()) {
            return toJava(node, s);
        }
        if (shape instanceof ListShape l && node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(convert(n, l.member())));
            return out;
        }
        if (shape instanceof MapShape m && node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), convert(e.getValue(), m.value())));
            return out;
        }
        if (shape instanceof TimestampShape && node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return TimestampFormats.toInstant(seconds);
        }
        if (shape instanceof ScalarShape s && s.isFloatingPoint()) {
            if (node.isString()) {
                return switch (node.asString()) {
                    case "NaN" -> Double.NaN;
                    case "Infinity" -> Double.POSITIVE_INFINITY;
                    case "-Infinity" -> Double.NEGATIVE_INFINITY;
                    default -> node.asString();
                };
            }
            return node.isIntegralNumber() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        return plain(node);
    }

    /** A JSON value as plain Java (documents, untyped places). */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            node.properties().iterator().forEachRemaining(e -> out.put(e.getKey(), plain(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            List<Object> out = new ArrayList<>();
            node.forEach(n -> out.add(plain(n)));
            return out;
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            // the smallest of Integer, Long and BigInteger, as the tree holds integers
            return node.numberValue();
        }
        return node.doubleValue();
    }
}
