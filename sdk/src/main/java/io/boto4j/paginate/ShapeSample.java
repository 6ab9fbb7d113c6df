package io.boto4j.paginate;

import io.boto4j.model.BlobShape;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.ScalarShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StringShape;
import io.boto4j.model.StructureShape;
import io.boto4j.model.TimestampShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value of a shape with every member present, each list and map holding one element: the fullest result the
 * operation could return. An expression that selects nothing from it names nothing the output can hold.
 * Recursive shapes stop at their first repetition.
 */
final class ShapeSample {
    private ShapeSample() {
    }

    static Object of(Shape shape) {
        return sample(shape, new HashSet<>());
    }

    private static Object sample(Shape shape, Set<String> onPath) {
        if (shape instanceof StructureShape s) {
            if (!onPath.add(s.name())) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Shape> m : s.members().entrySet()) {
                Object v = sample(m.getValue(), onPath);
                if (v != null) {
                    out.put(m.getKey(), v);
                }
            }
            onPath.remove(s.name());
            return out;
        }
        if (shape instanceof ListShape l) {
            if (!onPath.add(l.name())) {
                return null;
            }
            Object v = sample(l.member(), onPath);
            onPath.remove(l.name());
            List<Object> out = new ArrayList<>();
            if (v != null) {
                out.add(v);
            }
            return out;
        }
        if (shape instanceof MapShape m) {
            if (!onPath.add(m.name())) {
                return null;
            }
            Object v = sample(m.value(), onPath);
            onPath.remove(m.name());
            Map<String, Object> out = new LinkedHashMap<>();
            if (v != null) {
                out.put("key", v);
            }
            return out;
        }
        if (shape instanceof StringShape) {
            return "x";
        }
        if (shape instanceof BlobShape) {
            return new byte[] {1};
        }
        if (shape instanceof TimestampShape) {
            return Instant.EPOCH;
        }
        if (shape instanceof ScalarShape) {
            return switch (shape.type()) {
                case "boolean" -> Boolean.TRUE;
                case "float", "double", "bigdecimal" -> 1.5d;
                default -> 1;
            };
        }
        return null;
    }
}
